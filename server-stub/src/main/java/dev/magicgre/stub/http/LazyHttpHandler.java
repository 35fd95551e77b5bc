package dev.magicgre.stub.http;

import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A handler built on its first request instead of at the start: for what a start does not need (the control
 * API's Jersey application is a second injection container, a good part of an in-process start,
 * docs/benchmarks.md). The first request builds and starts it, every request then goes to it unchanged; a
 * handler never built is never destroyed.
 */
public final class LazyHttpHandler extends HttpHandler {

  private final Supplier<? extends HttpHandler> factory;
  private volatile HttpHandler built;
  private boolean destroyed;

  public LazyHttpHandler(String name, Supplier<? extends HttpHandler> factory) {
    super(name);
    this.factory = factory;
  }

  @Override
  public void service(Request request, Response response) throws Exception {
    handler().service(request, response);
  }

  /** Whether the first request has come (tests check that the start left it alone). */
  public boolean isBuilt() {
    return built != null;
  }

  private HttpHandler handler() {
    HttpHandler handler = built;
    if (handler == null) {
      synchronized (this) {
        if (built == null) {
          if (destroyed) {
            throw new IllegalStateException(getName() + " is stopped");
          }
          HttpHandler made = factory.get();
          made.start();
          built = made;
        }
        handler = built;
      }
    }
    return handler;
  }

  @Override
  public synchronized void destroy() {
    destroyed = true;
    if (built != null) {
      built.destroy();
    }
  }
}
