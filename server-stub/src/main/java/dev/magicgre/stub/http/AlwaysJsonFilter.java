package dev.magicgre.stub.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Cloudflare answers JSON whatever the {@code Accept} header asks for; so does the stub, instead of letting
 * content negotiation answer 406 to a client that sent {@code Accept: text/html} or nothing useful.
 */
@PreMatching
public final class AlwaysJsonFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
  }
}
