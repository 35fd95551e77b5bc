package dev.magicgre.stub.gateway;

import dev.magicgre.server.api.GreTunnelsApi;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the operation a request calls (the spec's operationId, e.g. {@code createGreTunnel}) from its method and
 * path, before Jersey matches it: faults are armed per operation. Read once from the generated interface's
 * declarations, so a new operation needs nothing here.
 */
public final class ApiOperations {

  /** After the base path: the collection, or one tunnel (group 1 present). */
  private static final Pattern ROUTE = Pattern.compile("^/accounts/[^/]+/magic/gre_tunnels(/[^/]+)?/?$");
  private static final Map<String, String> BY_METHOD_AND_ROUTE = read();

  private ApiOperations() {
  }

  /** The operationIds, sorted. */
  public static Set<String> names() {
    return Set.copyOf(BY_METHOD_AND_ROUTE.values());
  }

  /** The operation of {@code method} on {@code path} (below {@code /client/v4}); null when none. */
  public static String of(String method, String path) {
    Matcher route = ROUTE.matcher(path == null ? "" : path);
    if (!route.matches()) {
      return null;
    }
    return BY_METHOD_AND_ROUTE.get(key(method, route.group(1) != null));
  }

  private static Map<String, String> read() {
    Map<String, String> operations = new TreeMap<>();
    for (Method method : GreTunnelsApi.class.getMethods()) {
      for (Annotation annotation : method.getAnnotations()) {
        HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
        if (verb != null) {
          operations.put(key(verb.value(), method.isAnnotationPresent(Path.class)), method.getName());
        }
      }
    }
    return Map.copyOf(operations);
  }

  private static String key(String method, boolean oneTunnel) {
    return method + (oneTunnel ? " one" : " collection");
  }
}
