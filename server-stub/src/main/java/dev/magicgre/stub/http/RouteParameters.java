package dev.magicgre.stub.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The route's path parameters, read from Jersey once per request and kept on it: Jersey builds a new decoded
 * map on every {@code getPathParameters()} call, and two filters of every request need them.
 */
public record RouteParameters(String accountId, String tunnelId) {

  private static final String PROPERTY = RouteParameters.class.getName();

  public static RouteParameters of(ContainerRequestContext request) {
    Object kept = request.getProperty(PROPERTY);
    if (kept instanceof RouteParameters parameters) {
      return parameters;
    }
    MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters();
    RouteParameters parameters = new RouteParameters(path.getFirst("account_id"), path.getFirst("gre_tunnel_id"));
    request.setProperty(PROPERTY, parameters);
    return parameters;
  }
}
