package dev.magicgre.stub.http;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.GenericCloseListener;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps the open connections, in total and per client address, so that a flood of idle or slow connections
 * (each costs a socket until the idle or body timeout) cannot use up the stub's file descriptors for everyone
 * else. A connection over either cap is closed as soon as it is accepted, before any byte is read or written:
 * the client sees the connection end with no answer. Counting happens on accept and on close (a close listener,
 * which Grizzly calls once for every connection however it ends), so a freed slot is usable at once.
 */
public final class ConnectionLimitFilter extends BaseFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimitFilter.class);
  /** At most one warning per this long, however many connections are refused meanwhile. */
  private static final long LOG_INTERVAL_NANOS = 60_000_000_000L;

  private final int maxTotal;
  private final int maxPerClient;
  private final AtomicInteger total = new AtomicInteger();
  private final ConcurrentHashMap<InetAddress, AtomicInteger> perClient = new ConcurrentHashMap<>();
  private final AtomicLong refusedSinceLog = new AtomicLong();
  private final AtomicLong nextLogNanos = new AtomicLong(System.nanoTime());

  public ConnectionLimitFilter(int maxTotal, int maxPerClient) {
    if (maxTotal < 1 || maxPerClient < 1) {
      throw new IllegalArgumentException("connection limits must be at least 1");
    }
    this.maxTotal = maxTotal;
    this.maxPerClient = maxPerClient;
  }

  /** Installs the filter first in the listener's chain, so it sees each connection before anything else does. */
  public AddOn addOn() {
    // index 0 is the transport filter, which must stay first; right after it comes every protocol filter
    return (NetworkListener listener, FilterChainBuilder builder) -> builder.add(1, this);
  }

  /** The connections open now (accepted and not yet closed), refused ones excluded once they are closed. */
  public int openConnections() {
    return total.get();
  }

  @Override
  public NextAction handleAccept(FilterChainContext ctx) {
    Connection<?> connection = ctx.getConnection();
    InetAddress client = clientOf(connection);
    int all = total.incrementAndGet();
    int fromClient = perClient.computeIfAbsent(client, ignored -> new AtomicInteger()).incrementAndGet();
    // counted first and released by the close listener, also for a connection refused right here
    connection.addCloseListener((GenericCloseListener) (closed, type) -> release(client));
    if (all > maxTotal || fromClient > maxPerClient) {
      logRefusal(all > maxTotal);
      connection.closeSilently();
      return ctx.getStopAction();
    }
    return ctx.getInvokeAction();
  }

  private void release(InetAddress client) {
    total.decrementAndGet();
    perClient.computeIfPresent(client, (address, count) -> count.decrementAndGet() == 0 ? null : count);
  }

  private static InetAddress clientOf(Connection<?> connection) {
    Object peer = connection.getPeerAddress();
    return peer instanceof InetSocketAddress socket ? socket.getAddress() : InetAddress.getLoopbackAddress();
  }

  /** The client's address is not logged: it says nothing the operator needs and may identify a person. */
  private void logRefusal(boolean totalLimit) {
    long refused = refusedSinceLog.incrementAndGet();
    long next = nextLogNanos.get();
    long now = System.nanoTime();
    if (now - next >= 0 && nextLogNanos.compareAndSet(next, now + LOG_INTERVAL_NANOS)) {
      refusedSinceLog.addAndGet(-refused);
      LOG.warn("Refusing connections: {} refused since the last warning, the last over the {} limit ({})", refused,
          totalLimit ? "total" : "per-client", totalLimit ? maxTotal : maxPerClient);
    }
  }
}
