package dev.magicgre.client;

import dev.magicgre.client.generated.ApiResponse;
import dev.magicgre.json.CreateAnswers;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelDeleteResponse;
import dev.magicgre.model.GreTunnelDeleteResult;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelGetResult;
import dev.magicgre.model.GreTunnelList;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelUpdateResponse;
import dev.magicgre.model.GreTunnelUpdateResult;
import dev.magicgre.model.GreTunnelsCreateResult;
import dev.magicgre.model.GreTunnelsCreated;
import dev.magicgre.model.GreTunnelsUpdateResponse;
import dev.magicgre.model.GreTunnelsUpdateResult;
import dev.magicgre.model.ResponseInfo;
import java.util.List;
import java.util.function.Function;

/**
 * Unwraps what a caller wants from a 2xx envelope: the tunnel, or the list of tunnels, inside {@code result}.
 * The envelope stays private to the call (as in cloudflare-go); a 2xx that says {@code success: false}, or
 * lacks what the operation answers, is an {@link UnexpectedResponseException}, unlike in the TypeScript SDK
 * which would hand it back as a success.
 */
final class SuccessEnvelope {

  private SuccessEnvelope() {
  }

  /** A create of one: {@code result} is the tunnel. */
  static GreTunnel created(ApiResponse<GreTunnelsCreateResult> response) {
    GreTunnelsCreated result = createResult(response);
    if (CreateAnswers.isSeveral(result)) {
      throw unexpected(response, "response answers several tunnels to a create of one");
    }
    try {
      return CreateAnswers.tunnel(result);
    } catch (IllegalArgumentException notATunnel) {
      // a result without the members every tunnel has (the several-at-once shape is told apart above)
      throw unexpected(response, "response has no tunnel in result");
    }
  }

  /** A create of several: {@code result.gre_tunnels}. */
  static List<GreTunnel> createdSeveral(ApiResponse<GreTunnelsCreateResult> response) {
    GreTunnelsCreated result = createResult(response);
    if (!CreateAnswers.isSeveral(result)) {
      throw unexpected(response, "response answers one tunnel to a create of several");
    }
    return List.copyOf(result.getGreTunnels());
  }

  /** One schema for both create answers (the spec says why): the shape is told by {@code gre_tunnels}. */
  private static GreTunnelsCreated createResult(ApiResponse<GreTunnelsCreateResult> response) {
    return checked(response, response.getData(), GreTunnelsCreateResult::getSuccess,
        GreTunnelsCreateResult::getErrors, GreTunnelsCreateResult::getResult, "result");
  }

  /** A list: {@code result.gre_tunnels}. */
  static List<GreTunnel> listed(ApiResponse<GreTunnelListResponse> response) {
    return listed(response, response.getData());
  }

  /** A get: {@code result.gre_tunnel}. */
  static GreTunnel got(ApiResponse<GreTunnelGetResponse> response) {
    GreTunnelGetResult result = checked(response, response.getData(), GreTunnelGetResponse::getSuccess,
        GreTunnelGetResponse::getErrors, GreTunnelGetResponse::getResult, "result");
    return present(response, result.getGreTunnel(), "result.gre_tunnel");
  }

  /** An update of one: {@code result.modified_gre_tunnel}. */
  static GreTunnel updated(ApiResponse<GreTunnelUpdateResponse> response) {
    GreTunnelUpdateResult result = checked(response, response.getData(), GreTunnelUpdateResponse::getSuccess,
        GreTunnelUpdateResponse::getErrors, GreTunnelUpdateResponse::getResult, "result");
    return present(response, result.getModifiedGreTunnel(), "result.modified_gre_tunnel");
  }

  /** An update of several: {@code result.modified_gre_tunnels}. */
  static List<GreTunnel> updatedSeveral(ApiResponse<GreTunnelsUpdateResponse> response) {
    GreTunnelsUpdateResult result = checked(response, response.getData(), GreTunnelsUpdateResponse::getSuccess,
        GreTunnelsUpdateResponse::getErrors, GreTunnelsUpdateResponse::getResult, "result");
    return List.copyOf(present(response, result.getModifiedGreTunnels(), "result.modified_gre_tunnels"));
  }

  /** A delete: {@code result.deleted_gre_tunnel}, the tunnel as it was. */
  static GreTunnel deleted(ApiResponse<GreTunnelDeleteResponse> response) {
    GreTunnelDeleteResult result = checked(response, response.getData(), GreTunnelDeleteResponse::getSuccess,
        GreTunnelDeleteResponse::getErrors, GreTunnelDeleteResponse::getResult, "result");
    return present(response, result.getDeletedGreTunnel(), "result.deleted_gre_tunnel");
  }

  private static List<GreTunnel> listed(ApiResponse<?> response, GreTunnelListResponse envelope) {
    GreTunnelList result = checked(response, envelope, GreTunnelListResponse::getSuccess,
        GreTunnelListResponse::getErrors, GreTunnelListResponse::getResult, "result");
    return List.copyOf(present(response, result.getGreTunnels(), "result.gre_tunnels"));
  }

  /** The envelope's {@code result}, once the envelope is there, says success and has one. */
  private static <E, R> R checked(ApiResponse<?> response, E envelope, Function<E, Boolean> success,
      Function<E, List<ResponseInfo>> errors, Function<E, R> result, String path) {
    if (envelope == null) {
      throw unexpected(response, "response has an empty body");
    }
    if (!Boolean.TRUE.equals(success.apply(envelope))) {
      List<ApiErrorDetail> details = ErrorEnvelopeParser.fromModel(errors.apply(envelope));
      throw new UnexpectedResponseException(response.getStatusCode(), response.getHeaders(), details, null,
          "success: false in a " + ErrorMessages.describe(response.getStatusCode(), details, null), null);
    }
    return present(response, result.apply(envelope), path);
  }

  private static <T> T present(ApiResponse<?> response, T value, String path) {
    if (value == null) {
      throw unexpected(response, "response has no " + path);
    }
    return value;
  }

  private static UnexpectedResponseException unexpected(ApiResponse<?> response, String message) {
    return new UnexpectedResponseException(response.getStatusCode(), response.getHeaders(), List.of(), null,
        response.getStatusCode() + " " + message, null);
  }
}
