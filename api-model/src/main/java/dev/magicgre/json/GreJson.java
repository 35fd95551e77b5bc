package dev.magicgre.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.magicgre.model.ApiErrorResponse;

/**
 * The one Jackson setup of the project: the stub, the client and the tests all build their mapper here so
 * that the wire format cannot drift between them.
 */
public final class GreJson {

  private GreJson() {
  }

  /**
   * A new mapper: absent fields are left out rather than written as {@code null}, dates are RFC 3339 strings,
   * and unknown fields are ignored (Cloudflare adds fields to its responses over time; a client must not break).
   */
  public static ObjectMapper newObjectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addMixIn(ApiErrorResponse.class, FailureEnvelopeMixIn.class)
        .build();
  }

  /** The failure envelope states {@code "result": null} explicitly, as Cloudflare does and as the spec requires. */
  abstract static class FailureEnvelopeMixIn {
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract Object getResult();
  }
}
