package dev.magicgre.stub.http;

import dev.magicgre.server.api.GreTunnelsApi;
import dev.magicgre.stub.auth.CredentialsFilter;
import dev.magicgre.stub.auth.CredentialsFilter.Access;
import dev.magicgre.stub.auth.Identities;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Binds each per-route check to the operations that need it, decided once at start from the generated
 * interface's declarations, so that a request runs only its own route's checks: credentials with the access the
 * operation needs (Read for GET, Write otherwise), the route's parameters ({@code gre_tunnel_id} and
 * {@code validate_only} where the operation declares them), the required {@code Content-Type} on POST and PUT,
 * and the body's size limit and read deadline on operations that take a body. A new operation gets its checks
 * from its declaration in the spec; nothing here names one.
 */
public final class RouteChecks implements DynamicFeature {

  private final Identities identities;
  private final long maxBodyBytes;
  private final int bodyReadTimeoutSeconds;

  public RouteChecks(Identities identities, long maxBodyBytes, int bodyReadTimeoutSeconds) {
    this.identities = identities;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyReadTimeoutSeconds = bodyReadTimeoutSeconds;
  }

  @Override
  public void configure(ResourceInfo resource, FeatureContext route) {
    Method declared = declaration(resource);
    if (declared == null) {
      return; // not an operation of the API (Jersey's own OPTIONS handlers): UndeclaredMethodFilter answers those
    }
    boolean read = declared.isAnnotationPresent(GET.class);
    route.register(new CredentialsFilter(identities, read ? Access.READ : Access.WRITE));
    route.register(new RequestShapeFilter(hasParameter(declared, PathParam.class, "gre_tunnel_id"),
        hasParameter(declared, QueryParam.class, "validate_only")));
    if (declared.isAnnotationPresent(POST.class) || declared.isAnnotationPresent(PUT.class)) {
      route.register(MissingContentTypeFilter.class);
    }
    if (takesBody(declared)) {
      route.register(new BodySizeLimitFilter(maxBodyBytes));
      route.register(new BodyReadDeadlineFilter(bodyReadTimeoutSeconds));
    }
  }

  /** The operation's method as the generated interface declares it, with its annotations; null for others. */
  private static Method declaration(ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method == null || resource.getResourceClass() == null
        || !GreTunnelsApi.class.isAssignableFrom(resource.getResourceClass())) {
      return null;
    }
    try {
      return GreTunnelsApi.class.getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException notAnOperation) {
      return null;
    }
  }

  private static boolean hasParameter(Method method, Class<? extends Annotation> kind, String name) {
    return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
        .anyMatch(annotation -> kind.isInstance(annotation) && name.equals(value(annotation)));
  }

  private static String value(Annotation annotation) {
    return annotation instanceof PathParam path ? path.value()
        : annotation instanceof QueryParam query ? query.value() : null;
  }

  /** The entity parameter is the one without any JAX-RS annotation. */
  private static boolean takesBody(Method method) {
    return Arrays.stream(method.getParameterAnnotations())
        .anyMatch(annotations -> Arrays.stream(annotations).noneMatch(RouteChecks::isJaxRs));
  }

  private static boolean isJaxRs(Annotation annotation) {
    return annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs");
  }
}
