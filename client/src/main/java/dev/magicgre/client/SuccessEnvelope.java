package dev.magicgre.client;

import dev.magicgre.client.generated.ApiResponse;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.model.GreTunnelsCreateResult;
import java.util.List;

/**
 * Unwraps {@code result} from a 2xx envelope. The envelope stays private to the call (as in cloudflare-go);
 * a 2xx that says {@code success: false} or has no {@code result} is an error, unlike in the TypeScript SDK
 * which would hand it back as a success.
 */
final class SuccessEnvelope {

  private SuccessEnvelope() {
  }

  static GreTunnel unwrap(ApiResponse<GreTunnelsCreateResult> response) {
    int status = response.getStatusCode();
    if (response.getData() != null && !(response.getData() instanceof GreTunnelCreateResponse)) {
      throw unexpected(response, List.of(), status + " response answers several tunnels to a create of one");
    }
    GreTunnelCreateResponse envelope = (GreTunnelCreateResponse) response.getData();
    if (envelope == null) {
      throw unexpected(response, List.of(), status + " response has an empty body");
    }
    if (!Boolean.TRUE.equals(envelope.getSuccess())) {
      List<ApiErrorDetail> errors = ErrorEnvelopeParser.fromModel(envelope.getErrors());
      throw new UnexpectedResponseException(status, response.getHeaders(), errors, null,
          "success: false in a " + ErrorMessages.describe(status, errors, null), null);
    }
    if (envelope.getResult() == null) {
      throw unexpected(response, List.of(), status + " response has no result");
    }
    return envelope.getResult();
  }

  private static UnexpectedResponseException unexpected(ApiResponse<?> response, List<ApiErrorDetail> errors,
      String message) {
    return new UnexpectedResponseException(response.getStatusCode(), response.getHeaders(), errors, null,
        message, null);
  }
}
