package dev.magicgre.stub.auth;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorChainCode;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.http.RouteParameters;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates and authorises one operation the way Cloudflare answers it (captured answers, see the fidelity
 * ledger): no credentials 400/9106; a malformed Authorization, X-Auth-Email or X-Auth-Key header 400/6003 with
 * the header's code (6111, 6102, 6103) in its {@code error_chain}; an unknown token 403/9109; an unknown
 * e-mail/key 403/9103; a known identity without the operation's permission on the account 403/10000 in the
 * gateway's short body. The reads (GET: list, get) need a Read or a Write permission, every other operation a
 * Write one: {@link dev.magicgre.stub.http.RouteChecks} binds an instance that knows which to each resource
 * method. Secrets are never logged nor echoed.
 */
@Priority(Priorities.AUTHENTICATION)
public final class CredentialsFilter implements ContainerRequestFilter {

  /** What the operation needs on the account. */
  public enum Access { READ, WRITE }

  static final String INVALID_HEADERS_MESSAGE = "Invalid request headers";

  private final Identities identities;
  private final Access access;

  public CredentialsFilter(Identities identities, Access access) {
    this.identities = identities;
    this.access = access;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Identity identity = authenticate(request);
    String accountId = RouteParameters.of(request).accountId();
    boolean allowed = access == Access.READ ? identity.mayReadTunnelsIn(accountId) : identity.mayWriteTunnelsIn(accountId);
    if (!allowed) {
      throw ApiProblem.gatewayShortForm(ErrorCode.AUTHENTICATION_ERROR, "Authentication error");
    }
  }

  private Identity authenticate(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      if (!BearerHeader.isWellFormed(authorization)) {
        throw malformedHeaders(List.of(ErrorChainCode.AUTHORIZATION_FORMAT.entry()));
      }
      return found(identities.byToken(authorization.substring(BearerHeader.SCHEME.length())),
          ErrorCode.INVALID_ACCESS_TOKEN, "Invalid access token");
    }
    String email = request.getHeaderString("X-Auth-Email");
    String key = request.getHeaderString("X-Auth-Key");
    if (email == null || key == null) {
      throw ApiProblem.of(ErrorCode.MISSING_CREDENTIALS, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
    }
    List<ApiError> malformed = new ArrayList<>(2);
    if (!GlobalKeyHeaders.isWellFormedEmail(email)) {
      malformed.add(ErrorChainCode.EMAIL_FORMAT.entry());
    }
    if (!GlobalKeyHeaders.isWellFormedKey(key)) {
      malformed.add(ErrorChainCode.KEY_FORMAT.entry());
    }
    if (!malformed.isEmpty()) {
      throw malformedHeaders(malformed);
    }
    return found(identities.byEmailAndKey(email, key), ErrorCode.UNKNOWN_API_KEY, "Unknown X-Auth-Key or X-Auth-Email");
  }

  /** Cloudflare's one 6003 entry, the malformed headers in its error_chain (not as entries of their own). */
  private static ApiProblem malformedHeaders(List<ApiError> causes) {
    return new ApiProblem(ErrorCode.INVALID_REQUEST_HEADERS.status(),
        List.of(ApiError.chained(ErrorCode.INVALID_REQUEST_HEADERS, INVALID_HEADERS_MESSAGE, causes)));
  }

  private static Identity found(Optional<Identity> identity, ErrorCode refusal, String message) {
    return identity.orElseThrow(() -> ApiProblem.of(refusal, message));
  }
}
