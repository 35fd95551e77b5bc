package dev.magicgre.stub.store;

import java.util.List;

/** A write was refused because the account has no tunnel of some of the ids it names. */
public final class TunnelNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> ids;

  public TunnelNotFoundException(List<String> ids) {
    super("no tunnel of the account has the id(s) " + ids, null, false, false);
    this.ids = List.copyOf(ids);
  }

  /** The ids not found, each once. */
  public List<String> ids() {
    return ids;
  }
}
