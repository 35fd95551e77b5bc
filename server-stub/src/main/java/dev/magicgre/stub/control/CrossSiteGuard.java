package dev.magicgre.stub.control;

import dev.magicgre.stub.http.ErrorEnvelopes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Keeps a web page open in the developer's browser from driving the control API (a reset, a seed): a browser
 * sends a cross-site request with an {@code Origin} header, and without a CORS preflight only with a form's
 * content types ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}).
 * So a request whose {@code Origin} is not the stub's own is 403 code 2004, and a request carrying any content
 * type but {@code application/json}, or a body without one, is 415 code 2005. Tools (curl, Pact verifiers,
 * the test kit) send no {@code Origin} and JSON. Runs before the token check and before matching, so that an
 * unknown path is refused the same way.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class CrossSiteGuard implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (origin != null && !isOwnOrigin(origin, request.getHeaderString(HttpHeaders.HOST))) {
      request.abortWith(ErrorEnvelopes.response(ControlErrorCode.FOREIGN_ORIGIN.problem(null,
          "the control API refuses requests from another origin (a web page); tools send no Origin header")));
      return;
    }
    String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
    boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    if (contentType == null ? hasBody : !isJson(contentType)) {
      request.abortWith(ErrorEnvelopes.response(ControlErrorCode.JSON_BODY_REQUIRED.problem(null,
          "a control call's body must be sent with Content-Type: application/json")));
    }
  }

  private static boolean isOwnOrigin(String origin, String host) {
    return host != null && origin.equalsIgnoreCase("http://" + host);
  }

  private static boolean isJson(String contentType) {
    try {
      MediaType type = MediaType.valueOf(contentType);
      return MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
  }
}
