package dev.magicgre.stub.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares equal immutable values (strings, health check targets) between stored tunnels: tunnels created by
 * tests and load generators repeat the same endpoints and prefixes. Bounded, so that a client sending only
 * distinct values costs one map look-up per value and no more memory than without it.
 */
final class Interner {

  private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();
  private final int maxSize;

  Interner(int maxSize) {
    this.maxSize = maxSize;
  }

  @SuppressWarnings("unchecked")
  <T> T intern(T value) {
    if (value == null) {
      return null;
    }
    Object shared = values.get(value);
    if (shared != null) {
      return (T) shared;
    }
    if (values.size() >= maxSize) {
      return value;
    }
    shared = values.putIfAbsent(value, value);
    return shared == null ? value : (T) shared;
  }

  void clear() {
    values.clear();
  }
}
