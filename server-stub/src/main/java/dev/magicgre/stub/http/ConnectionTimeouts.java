package dev.magicgre.stub.http;

import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * How long a client may keep a connection or a worker without making progress, so that a stalled or hostile
 * client cannot hold the stub's resources forever.
 *
 * <ul>
 *   <li>Idle: a connection with no request in progress (an idle keep-alive connection, or one whose request
 *   headers stopped halfway) is closed after {@code idleSeconds}. Grizzly parses headers without a worker
 *   thread, so such a client costs a socket only until then.</li>
 *   <li>Body: a body is buffered without a thread and answered 408 at the body timeout by
 *   {@link BodyFirstHttpHandler}; only past its buffer budget does a worker read a body with blocking reads. Each read waits at
 *   most {@code bodyReadSeconds} (the transport's read timeout), and {@link BodyReadDeadlineFilter} refuses a body
 *   still incomplete after {@code bodyReadSeconds} in all (408), so a client dripping one byte at a time cannot
 *   hold the worker either: at worst about twice {@code bodyReadSeconds}.</li>
 * </ul>
 */
final class ConnectionTimeouts {

  private ConnectionTimeouts() {
  }

  /** Call before the server starts: Grizzly copies these values into its filters when a listener starts. */
  static void apply(NetworkListener listener, int idleSeconds, int bodyReadSeconds) {
    listener.getKeepAlive().setIdleTimeoutInSeconds(idleSeconds);
    listener.getTransport().setReadTimeout(bodyReadSeconds, TimeUnit.SECONDS);
  }
}
