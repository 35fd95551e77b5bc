package dev.magicgre.stub.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * Only the methods the generated interface declares are served. Jersey answers two more by itself on every
 * route: OPTIONS (a 200 with an empty body) and HEAD (a GET without its body). Cloudflare's API defines neither,
 * so the stub answers them like any other method it does not define: 405 with the envelope and an {@code Allow}
 * header from the resource model, before any credentials are asked for.
 */
@Priority(Priorities.AUTHENTICATION - 200)
public final class UndeclaredMethodFilter implements ContainerRequestFilter {

  /** The method as it arrived: Jersey routes a HEAD to the GET method and then reports GET as the method. */
  private static final String SENT_METHOD = UndeclaredMethodFilter.class.getName() + ".method";

  @Override
  public void filter(ContainerRequestContext request) {
    Object sent = request.getProperty(SENT_METHOD);
    String method = sent instanceof String ? (String) sent : request.getMethod();
    if (!HttpMethod.OPTIONS.equals(method) && !HttpMethod.HEAD.equals(method)) {
      return;
    }
    throw new NotAllowedException(Response.status(Response.Status.METHOD_NOT_ALLOWED)
        .allow(AllowedMethods.of(((ExtendedUriInfo) request.getUriInfo()).getMatchedModelResource()))
        .build());
  }

  /** Notes a HEAD before matching (the one method Jersey rewrites), for {@link UndeclaredMethodFilter}. */
  @PreMatching
  public static final class SentMethod implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      if (HttpMethod.HEAD.equals(request.getMethod())) {
        request.setProperty(SENT_METHOD, HttpMethod.HEAD);
      }
    }
  }
}
