package dev.magicgre.stub.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Jersey answers OPTIONS on every route by itself with a 200 and an empty body (and our forced JSON type).
 * The endpoint only defines POST, so the stub answers OPTIONS like any other method it does not define:
 * 405 with the envelope and an {@code Allow} header, before any credentials are asked for.
 */
@Priority(Priorities.AUTHENTICATION - 200)
public final class OptionsRefusalFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
      return;
    }
    Set<String> allowed = new TreeSet<>();
    Resource resource = ((ExtendedUriInfo) request.getUriInfo()).getMatchedModelResource();
    if (resource != null) {
      for (ResourceMethod method : resource.getResourceMethods()) {
        allowed.add(method.getHttpMethod());
      }
    }
    allowed.remove(HttpMethod.OPTIONS);
    allowed.remove(HttpMethod.HEAD);
    throw new NotAllowedException(Response.status(Response.Status.METHOD_NOT_ALLOWED).allow(allowed).build());
  }
}
