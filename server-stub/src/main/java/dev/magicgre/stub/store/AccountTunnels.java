package dev.magicgre.stub.store;

import dev.magicgre.stub.validation.Hex32;
import java.util.Arrays;

/**
 * One account's tunnels, in creation order (a replacement keeps its place), found by id and by name: an array of
 * the tunnels and two open-addressing indexes of positions in it, instead of a {@code LinkedHashMap} and a
 * {@code HashMap} (an entry object, a key object and table slots per tunnel for each: about 120 bytes a tunnel
 * of a million). A deleted tunnel leaves a hole, closed when the array is full and half of it is holes.
 *
 * <p>Each index is {@value #SEGMENTS} small tables, picked by a hash's top bits, each grown and rebuilt alone:
 * a write never rehashes more than about one 64th of the account. With one table, the write that found it full
 * rehashed the whole account under the account's lock (a million tunnels: every create of the account waited
 * the rebuild, the 99th percentile of a round of creates). Only closing the holes, which moves every position,
 * rebuilds every table. Not thread-safe: the store holds the account's lock around every call.
 */
final class AccountTunnels {

  private static final int EMPTY = 0;
  private static final int REMOVED = -1;
  private static final int SEGMENT_BITS = 6;
  private static final int SEGMENTS = 1 << SEGMENT_BITS;
  private static final int SEGMENT_SHIFT = Integer.SIZE - SEGMENT_BITS;
  /** Every table of a new account: never written (a put finds it full and makes a table of its own first). */
  private static final int[] NONE = new int[1];

  /** The tunnels in creation order, null where one was deleted; the first {@code end} places are used. */
  private CompactTunnel[] order = new CompactTunnel[8];
  private int end;
  private int size;
  private final PositionIndex byId = new PositionIndex(false);
  private final PositionIndex byName = new PositionIndex(true);
  /** Places the last write (re)filled in the indexes: the work a write did, which tests bound. */
  private int placesWrittenByLastWrite;

  int size() {
    return size;
  }

  /** The position of the tunnel with that id, or -1. */
  int positionOf(String id) {
    boolean hex = Hex32.isHex32(id);
    long high = hex ? Long.parseUnsignedLong(id, 0, 16, 16) : 0;
    long low = hex ? Long.parseUnsignedLong(id, 16, 32, 16) : 0;
    String text = hex ? null : id;
    int hash = CompactTunnel.idHash(high, low, text);
    int[] table = byId.tableOf(hash);
    int mask = table.length - 1;
    for (int i = hash & mask; table[i] != EMPTY; i = (i + 1) & mask) {
      if (table[i] != REMOVED && order[table[i] - 1].hasId(high, low, text)) {
        return table[i] - 1;
      }
    }
    return -1;
  }

  CompactTunnel at(int position) {
    return order[position];
  }

  /** The tunnel of that name, or null. */
  CompactTunnel named(String name) {
    int hash = spread(name.hashCode());
    int[] table = byName.tableOf(hash);
    int mask = table.length - 1;
    for (int i = hash & mask; table[i] != EMPTY; i = (i + 1) & mask) {
      if (table[i] != REMOVED && order[table[i] - 1].name().equals(name)) {
        return order[table[i] - 1];
      }
    }
    return null;
  }

  void add(CompactTunnel tunnel) {
    placesWrittenByLastWrite = 0;
    if (end == order.length) {
      if (size <= end / 2) {
        // half of the array is holes: closing them moves positions, so both indexes are rebuilt whole
        order = compacted(order.length);
        byId.rebuildAll();
        byName.rebuildAll();
      } else {
        order = Arrays.copyOf(order, order.length * 2); // positions unchanged: the indexes stay as they are
      }
    }
    order[end] = tunnel;
    end++;
    size++;
    byId.put(end - 1);
    byName.put(end - 1);
  }

  /** Puts {@code tunnel} (same id) in the place of the one at {@code position}. */
  void replace(int position, CompactTunnel tunnel) {
    placesWrittenByLastWrite = 0;
    byName.remove(position);
    order[position] = tunnel;
    byName.put(position);
  }

  /** Removes the tunnel at {@code position}. */
  void remove(int position) {
    placesWrittenByLastWrite = 0;
    byName.remove(position);
    byId.remove(position);
    order[position] = null;
    size--;
  }

  /** The tunnels as they are now, in order (null where deleted): a copy of the references only. */
  CompactTunnel[] snapshot() {
    return Arrays.copyOf(order, end);
  }

  /** How many index places the last add, replace or remove wrote, rebuilds included. */
  int placesWrittenByLastWrite() {
    return placesWrittenByLastWrite;
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

  /** The hash with its high bits mixed into the low ones, which pick the place; the top bits pick the table. */
  static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }

  /** Positions (+ 1) by the hash of their tunnel's id or name, in {@value #SEGMENTS} tables. */
  private final class PositionIndex {

    private final boolean names;
    private final int[][] tables = new int[SEGMENTS][];
    /** Places taken in each table, positions and removed marks. */
    private final int[] filled = new int[SEGMENTS];

    PositionIndex(boolean names) {
      this.names = names;
      Arrays.fill(tables, NONE);
    }

    int[] tableOf(int hash) {
      return tables[hash >>> SEGMENT_SHIFT];
    }

    /** Indexes the tunnel at {@code position} (already in {@link #order}). */
    void put(int position) {
      int hash = hashAt(position);
      int segment = hash >>> SEGMENT_SHIFT;
      // three quarters taken: rebuilt at most half full, so a table is rebuilt once a quarter of its length
      if (4 * (filled[segment] + 1) > 3 * tables[segment].length) {
        rebuild(segment);
      }
      filled[segment] += place(tables[segment], hash, position);
    }

    /** Marks the place that holds this position as removed (the places after it stay reachable). */
    void remove(int position) {
      int hash = hashAt(position);
      int[] table = tables[hash >>> SEGMENT_SHIFT];
      int mask = table.length - 1;
      for (int i = hash & mask; table[i] != EMPTY; i = (i + 1) & mask) {
        if (table[i] == position + 1) {
          table[i] = REMOVED;
          placesWrittenByLastWrite++;
          return;
        }
      }
    }

    /** Every table anew from {@link #order}, after positions moved. */
    void rebuildAll() {
      int[] live = new int[SEGMENTS];
      for (int i = 0; i < end; i++) {
        if (order[i] != null) {
          live[hashAt(i) >>> SEGMENT_SHIFT]++;
        }
      }
      for (int segment = 0; segment < SEGMENTS; segment++) {
        tables[segment] = live[segment] == 0 ? NONE : new int[lengthFor(live[segment])];
        filled[segment] = 0;
      }
      for (int i = 0; i < end; i++) {
        if (order[i] != null) {
          int hash = hashAt(i);
          filled[hash >>> SEGMENT_SHIFT] += place(tables[hash >>> SEGMENT_SHIFT], hash, i);
        }
      }
    }

    /** One table anew, sized for its live positions and one more; its removed marks are dropped. */
    private void rebuild(int segment) {
      int[] old = tables[segment];
      int live = 0;
      for (int entry : old) {
        live += entry > 0 ? 1 : 0;
      }
      int[] table = new int[lengthFor(live + 1)];
      int taken = 0;
      for (int entry : old) {
        if (entry > 0) {
          taken += place(table, hashAt(entry - 1), entry - 1);
        }
      }
      tables[segment] = table;
      filled[segment] = taken;
    }

    /** At most half full with {@code positions} in it. */
    private int lengthFor(int positions) {
      int length = 4;
      while (length < 2 * positions) {
        length <<= 1;
      }
      return length;
    }

    /** Puts the position at its hash's place or the next free one; 1 when it took an empty place, 0 a removed one. */
    private int place(int[] table, int hash, int position) {
      int mask = table.length - 1;
      int i = hash & mask;
      while (table[i] != EMPTY && table[i] != REMOVED) {
        i = (i + 1) & mask;
      }
      int taken = table[i] == EMPTY ? 1 : 0;
      table[i] = position + 1;
      placesWrittenByLastWrite++;
      return taken;
    }

    private int hashAt(int position) {
      CompactTunnel tunnel = order[position];
      return names ? spread(tunnel.name().hashCode()) : tunnel.idHash();
    }
  }
}
