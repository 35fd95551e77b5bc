package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stores without HTTP (bench/stores.sh runs it after the HTTP rounds): creates, gets and lists of 100
 * tunnels per second from many threads straight on {@link TunnelStore}, to tell the store's cost from the
 * server's. {@code StoreThroughput LOCATION THREADS SECONDS}, credentials from PGUSER / PGPASSWORD. Not a test.
 */
public final class StoreThroughput {

  private static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
  private static final String LIST_ACCOUNT = "9a7806061c88ada191ed06f989cc3dac";

  private StoreThroughput() {
  }

  public static void main(String[] args) throws Exception {
    String location = args[0];
    int threads = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    StoreOptions options = StoreOptions.split(new String[] {"--store", location}, System.getenv()).options();
    try (TunnelStore store = TunnelStores.open(options)) {
      store.clear();
      for (int i = 0; i < 100; i++) {
        store.insert(LIST_ACCOUNT, tunnel("l" + i));
      }
      ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
      AtomicInteger names = new AtomicInteger();
      round(threads, seconds, () -> {
        GreTunnel tunnel = tunnel("w" + names.incrementAndGet());
        store.insert(ACCOUNT, tunnel);
      });
      double creates = round(threads, seconds, () -> {
        GreTunnel tunnel = tunnel("c" + names.incrementAndGet());
        store.insert(ACCOUNT, tunnel);
        if (ids.size() < 10_000) {
          ids.add(tunnel.getId());
        }
      });
      List<String> known = new ArrayList<>(ids);
      double gets = round(threads, seconds, () -> {
        if (store.find(ACCOUNT, known.get(ThreadLocalRandom.current().nextInt(known.size()))).isEmpty()) {
          throw new IllegalStateException("a created tunnel is missing");
        }
      });
      double lists = round(threads, seconds, () -> {
        if (store.list(LIST_ACCOUNT).size() != 100) {
          throw new IllegalStateException("the list account does not have 100 tunnels");
        }
      });
      System.out.printf("STORE %s threads=%d create_per_s=%.0f get_per_s=%.0f list100_per_s=%.0f%n",
          location.startsWith("jdbc:") ? "postgres" : location.startsWith("file:") ? "file" : location, threads,
          creates, gets, lists);
    }
  }

  /** Runs {@code call} on every thread for about {@code seconds}; answers calls per second over all threads. */
  private static double round(int threads, int seconds, Runnable call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    List<Future<Integer>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      counts.add(pool.submit(() -> {
        int count = 0;
        while (System.nanoTime() < end) {
          call.run();
          count++;
        }
        return count;
      }));
    }
    long total = 0;
    for (Future<Integer> count : counts) {
      total += count.get();
    }
    pool.shutdown();
    return total / ((System.nanoTime() - start) / 1e9);
  }

  private static GreTunnel tunnel(String name) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return new GreTunnel(java.util.UUID.randomUUID().toString().replace("-", ""), name, "203.0.113.1", "203.0.113.2",
        "10.212.0.0/31").mtu(1476).ttl(64).createdOn(now).modifiedOn(now);
  }
}
