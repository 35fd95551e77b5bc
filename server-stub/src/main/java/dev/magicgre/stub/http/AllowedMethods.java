package dev.magicgre.stub.http;

import jakarta.ws.rs.HttpMethod;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The {@code Allow} header of a 405: the methods the route's resource declares, taken from Jersey's resource
 * model. Jersey adds OPTIONS to every resource and answers HEAD for every GET by itself; the stub refuses both
 * (see {@link UndeclaredMethodFilter}), so they are left out: {@code Allow} names only what would be accepted
 * (collection: GET, POST, PUT; one tunnel: DELETE, GET, PUT).
 */
final class AllowedMethods {

  private static final Set<String> UNDECLARED = Set.of(HttpMethod.OPTIONS, HttpMethod.HEAD);

  private AllowedMethods() {
  }

  /** The declared methods of a resource of the model. */
  static Set<String> of(Resource resource) {
    Set<String> methods = new TreeSet<>();
    if (resource != null) {
      for (ResourceMethod method : resource.getResourceMethods()) {
        methods.add(method.getHttpMethod());
      }
    }
    return declared(methods);
  }

  /** Jersey's own {@code Allow} value (computed from the same model), without the methods Jersey adds. */
  static String declared(String allow) {
    if (allow == null) {
      return null;
    }
    return String.join(",", declared(Arrays.stream(allow.split(",")).map(String::trim).toList()));
  }

  private static Set<String> declared(Collection<String> methods) {
    return methods.stream()
        .filter(method -> !method.isEmpty())
        .map(method -> method.toUpperCase(Locale.ROOT))
        .filter(method -> !UNDECLARED.contains(method))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
