package dev.magicgre.stub.control;

import dev.magicgre.stub.http.ErrorEnvelopes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * With {@code --control-token T}, every control call (unknown paths included, hence before matching) must
 * carry {@code Authorization: Bearer T}; anything else is 401 code 2001. The Cloudflare API's credentials are
 * not looked at: they never open the control API. The token is compared in constant time and never logged.
 */
@PreMatching
final class ControlTokenFilter implements ContainerRequestFilter {

  private static final String SCHEME = "Bearer ";

  private final byte[] expected;

  ControlTokenFilter(String token) {
    this.expected = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!carriesTheToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
      Response refused = ErrorEnvelopes.response(ControlErrorCode.CONTROL_TOKEN_REQUIRED.problem(null,
          "the control API needs Authorization: Bearer <control token> (the stub's --control-token)"));
      request.abortWith(Response.fromResponse(refused)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"magic-gre-stub-control\"")
          .build());
    }
  }

  private boolean carriesTheToken(String authorization) {
    if (authorization == null || authorization.length() < SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    byte[] given = authorization.substring(SCHEME.length()).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }
}
