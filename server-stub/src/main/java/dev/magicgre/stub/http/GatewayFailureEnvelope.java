package dev.magicgre.stub.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.magicgre.model.ResponseInfo;
import java.util.List;

/**
 * The body Cloudflare's gateway answers some refusals with (captured for 403 10000): {@code success} and
 * {@code errors} only, no {@code messages} and no {@code result} keys.
 */
@JsonPropertyOrder({"success", "errors"})
public record GatewayFailureEnvelope(boolean success, List<ResponseInfo> errors) {
}
