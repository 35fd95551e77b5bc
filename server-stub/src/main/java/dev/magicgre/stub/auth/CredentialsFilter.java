package dev.magicgre.stub.auth;

import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.http.RouteParameters;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates and authorises one operation the way Cloudflare answers it: no credentials 400/9106, a malformed
 * Authorization header 400/6003, an unknown token 403/9109, an unknown e-mail/key 403/9103, and a known identity
 * without the operation's permission on the account 403/10000. The reads (GET: list, get) need a Read or a Write
 * permission, every other operation a Write one: {@link dev.magicgre.stub.http.RouteChecks} binds an instance
 * that knows which to each resource method. Secrets are never logged nor echoed.
 */
@Priority(Priorities.AUTHENTICATION)
public final class CredentialsFilter implements ContainerRequestFilter {

  /** What the operation needs on the account. */
  public enum Access { READ, WRITE }

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
      throw ApiProblem.of(ErrorCode.AUTHENTICATION_ERROR, "Authentication error");
    }
  }

  private Identity authenticate(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      if (!BearerHeader.isWellFormed(authorization)) {
        throw new ApiProblem(400, List.of(new ApiError(ErrorCode.INVALID_REQUEST_HEADERS.code(), "Invalid request headers", null),
            new ApiError(6111, "Invalid format for Authorization header", null)));
      }
      return found(identities.byToken(authorization.substring(BearerHeader.SCHEME.length())),
          ErrorCode.INVALID_ACCESS_TOKEN, "Invalid access token");
    }
    String email = request.getHeaderString("X-Auth-Email");
    String key = request.getHeaderString("X-Auth-Key");
    if (email == null || key == null) {
      throw ApiProblem.of(ErrorCode.MISSING_CREDENTIALS, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
    }
    return found(identities.byEmailAndKey(email, key), ErrorCode.UNKNOWN_API_KEY, "Unknown X-Auth-Key or X-Auth-Email");
  }

  private static Identity found(Optional<Identity> identity, ErrorCode refusal, String message) {
    return identity.orElseThrow(() -> ApiProblem.of(refusal, message));
  }
}
