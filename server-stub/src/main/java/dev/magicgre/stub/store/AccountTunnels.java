package dev.magicgre.stub.store;

import dev.magicgre.stub.validation.Hex32;
import java.util.Arrays;

/**
 * One account's tunnels, in creation order (a replacement keeps its place), found by id and by name: an array of
 * the tunnels and two open-addressing tables of positions in it, instead of a {@code LinkedHashMap} and a
 * {@code HashMap} (an entry object, a key object and table slots per tunnel for each: about 120 bytes a tunnel
 * of a million). A deleted tunnel leaves a hole, closed when the array next grows. Not thread-safe: the store
 * holds the account's lock around every call.
 */
final class AccountTunnels {

  private static final int EMPTY = 0;
  private static final int REMOVED = -1;

  /** The tunnels in creation order, null where one was deleted; the first {@code end} places are used. */
  private CompactTunnel[] order = new CompactTunnel[8];
  private int end;
  private int size;
  /** Position + 1 in {@link #order} of each tunnel, at the place its id (name) hashes to or the next free one. */
  private int[] byId = new int[16];
  private int[] byName = new int[16];
  private int idsFilled;
  private int namesFilled;

  int size() {
    return size;
  }

  /** The position of the tunnel with that id, or -1. */
  int positionOf(String id) {
    boolean hex = Hex32.isHex32(id);
    long high = hex ? Long.parseUnsignedLong(id, 0, 16, 16) : 0;
    long low = hex ? Long.parseUnsignedLong(id, 16, 32, 16) : 0;
    String text = hex ? null : id;
    int mask = byId.length - 1;
    for (int i = CompactTunnel.idHash(high, low, text) & mask; byId[i] != EMPTY; i = (i + 1) & mask) {
      if (byId[i] != REMOVED && order[byId[i] - 1].hasId(high, low, text)) {
        return byId[i] - 1;
      }
    }
    return -1;
  }

  CompactTunnel at(int position) {
    return order[position];
  }

  /** The tunnel of that name, or null. */
  CompactTunnel named(String name) {
    int mask = byName.length - 1;
    for (int i = spread(name.hashCode()) & mask; byName[i] != EMPTY; i = (i + 1) & mask) {
      if (byName[i] != REMOVED && order[byName[i] - 1].name().equals(name)) {
        return order[byName[i] - 1];
      }
    }
    return null;
  }

  void add(CompactTunnel tunnel) {
    if (end == order.length) {
      // close the holes if they are half of the array, grow it otherwise; the tables are rebuilt either way
      order = size <= end / 2 ? compacted(order.length) : Arrays.copyOf(order, order.length * 2);
      rebuildIds();
      rebuildNames();
    }
    order[end] = tunnel;
    end++;
    size++;
    indexId(end - 1);
    indexName(end - 1);
  }

  /** Puts {@code tunnel} (same id) in the place of the one at {@code position}. */
  void replace(int position, CompactTunnel tunnel) {
    unindexName(position);
    order[position] = tunnel;
    indexName(position);
  }

  /** Removes the tunnel at {@code position}. */
  void remove(int position) {
    unindexName(position);
    unindexId(position);
    order[position] = null;
    size--;
  }

  /** The tunnels as they are now, in order (null where deleted): a copy of the references only. */
  CompactTunnel[] snapshot() {
    return Arrays.copyOf(order, end);
  }

  private CompactTunnel[] compacted(int length) {
    CompactTunnel[] kept = new CompactTunnel[length];
    int at = 0;
    for (int i = 0; i < end; i++) {
      if (order[i] != null) {
        kept[at++] = order[i];
      }
    }
    end = at;
    return kept;
  }

  /** Indexes the tunnel at {@code position} (already in {@link #order}); a rebuild indexes it with the rest. */
  private void indexId(int position) {
    if (tooFull(idsFilled, byId)) {
      rebuildIds();
    } else {
      idsFilled += put(byId, order[position].idHash(), position);
    }
  }

  private void indexName(int position) {
    if (tooFull(namesFilled, byName)) {
      rebuildNames();
    } else {
      namesFilled += put(byName, spread(order[position].name().hashCode()), position);
    }
  }

  /**
   * Three quarters of the places taken (tunnels and removed marks): rebuilt, a table is at most half full, so a
   * rebuild comes at most once every quarter of the table's length of writes.
   */
  private static boolean tooFull(int filled, int[] table) {
    return 4 * (filled + 1) > 3 * table.length;
  }

  private void unindexId(int position) {
    remove(byId, order[position].idHash(), position);
  }

  private void unindexName(int position) {
    remove(byName, spread(order[position].name().hashCode()), position);
  }

  /** Puts the position at its hash's place or the next free one; 1 when it took an empty place, 0 a removed one. */
  private static int put(int[] table, int hash, int position) {
    int mask = table.length - 1;
    int i = hash & mask;
    while (table[i] != EMPTY && table[i] != REMOVED) {
      i = (i + 1) & mask;
    }
    int filled = table[i] == EMPTY ? 1 : 0;
    table[i] = position + 1;
    return filled;
  }

  /** Marks the place that holds this position as removed (the places after it stay reachable). */
  private static void remove(int[] table, int hash, int position) {
    int mask = table.length - 1;
    for (int i = hash & mask; table[i] != EMPTY; i = (i + 1) & mask) {
      if (table[i] == position + 1) {
        table[i] = REMOVED;
        return;
      }
    }
  }

  private void rebuildIds() {
    byId = new int[tableLength()];
    idsFilled = 0;
    for (int i = 0; i < end; i++) {
      if (order[i] != null) {
        idsFilled += put(byId, order[i].idHash(), i);
      }
    }
  }

  private void rebuildNames() {
    byName = new int[tableLength()];
    namesFilled = 0;
    for (int i = 0; i < end; i++) {
      if (order[i] != null) {
        namesFilled += put(byName, spread(order[i].name().hashCode()), i);
      }
    }
  }

  /** Twice the array's length: at most half full with every place of the array taken. */
  private int tableLength() {
    return Math.max(16, 2 * order.length);
  }

  /** The hash with its high bits mixed into the low ones, which pick the place. */
  static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
