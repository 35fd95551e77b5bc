package dev.magicgre.stub.store;

import dev.magicgre.model.GreTunnel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Where the stub keeps tunnels, per account. Every write is atomic: it applies whole or not at all, and the
 * checks it depends on (names unique in the account, ids that exist) are made in the same step as the write,
 * so that concurrent requests, in one process or in several sharing a database, cannot break them.
 *
 * <p>Tunnels go in and come out with {@code health_check.target} in object form ({@code saved} and
 * {@code effective}); answering in the form a request's header asks for is the caller's job.
 *
 * <p>A write given {@link Write#DRY_RUN} makes every check and computes its answer, then changes nothing:
 * that is {@code validate_only}.
 */
public interface TunnelStore extends AutoCloseable {

  /** Whether a write is kept or only checked. */
  enum Write {
    COMMIT,
    DRY_RUN
  }

  /**
   * Stores all the tunnels or none, in the given order (which is the order {@link #list} answers).
   *
   * @throws NameTakenException when a name is used by a tunnel of the account or twice in {@code tunnels}
   */
  void insertAll(String accountId, List<GreTunnel> tunnels, Write write);

  /**
   * The tunnel of that account with that id; empty for an unknown id or a tunnel of another account. Every
   * tunnel a store answers is the caller's own copy: changing it changes nothing stored.
   */
  Optional<GreTunnel> find(String accountId, String id);

  /** The account's tunnels in creation order; empty for an account with none. Holds them all: see {@link #forEach}. */
  default List<GreTunnel> list(String accountId) {
    List<GreTunnel> tunnels = new ArrayList<>();
    forEach(accountId, tunnels::add);
    return tunnels;
  }

  /**
   * Hands the account's tunnels to {@code each} one at a time, in creation order, from one consistent snapshot
   * (a bulk write is seen whole or not at all), without ever holding them all: what a list answer streams, so
   * that its memory is bounded by the answer's buffer, not by the account. {@code each} may throw (a client
   * gone): the store then stops and lets the exception through.
   */
  void forEach(String accountId, Consumer<? super GreTunnel> each);

  /** What {@link #stamp} and {@link #forEachStamped} answer when the store cannot tell whether an account changed. */
  long UNSTAMPED = 0;

  /**
   * A number that changes with every committed write to the account (never with a {@link Write#DRY_RUN}) and is
   * never given twice in this JVM: two reads under the same stamp saw the same tunnels. A write that has
   * returned has changed it. {@link #UNSTAMPED} when the store cannot promise that (a database that other
   * instances write to: their writes are not seen here) or the account has no tunnels; callers then keep
   * nothing.
   */
  default long stamp(String accountId) {
    return UNSTAMPED;
  }

  /** {@link #forEach}, answering the stamp of the snapshot it handed over ({@link #UNSTAMPED} as {@link #stamp}). */
  default long forEachStamped(String accountId, Consumer<? super GreTunnel> each) {
    forEach(accountId, each);
    return UNSTAMPED;
  }

  /**
   * Replaces the tunnels of several ids at once, all or none. Each change gets the stored tunnel and answers
   * its replacement, which keeps the id.
   *
   * @return the replacements, in the order of {@code changes}
   * @throws TunnelNotFoundException naming every id the account does not have (nothing changed)
   * @throws NameTakenException naming every new name another tunnel of the account (or another change) uses
   */
  List<GreTunnel> replaceAll(String accountId, List<TunnelChange> changes, Write write);

  /** Removes the tunnel and answers it as it was; empty when the account has no tunnel of that id. */
  Optional<GreTunnel> delete(String accountId, String id, Write write);

  /**
   * Removes every tunnel of every account.
   *
   * @return how many tunnels this call removed (a tunnel created meanwhile is either removed and counted, or kept)
   */
  long clear();

  /**
   * Removes every tunnel of one account, without reading them.
   *
   * @return how many tunnels this call removed; a delete racing it removes each tunnel at most once between them
   */
  long clear(String accountId);

  /** How many tunnels all accounts hold together. */
  long size();

  /** A short description for the start-up log (never a password). */
  default String describe() {
    return getClass().getSimpleName();
  }

  @Override
  default void close() {
  }

  /** One tunnel of a {@link #replaceAll}: its id and how to compute its replacement from what is stored. */
  record TunnelChange(String id, UnaryOperator<GreTunnel> change) {
  }

  /** A convenience for the one-tunnel case of {@link #insertAll}. */
  default void insert(String accountId, GreTunnel tunnel) {
    insertAll(accountId, List.of(tunnel), Write.COMMIT);
  }
}
