package dev.magicgre.stub.store;

import java.util.List;

/** A write was refused because names it needs are taken (in the account, or twice in the same write). */
public final class NameTakenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> names;

  public NameTakenException(List<String> names) {
    super("name(s) already used in the account: " + names, null, false, false);
    this.names = List.copyOf(names);
  }

  /** The names refused, each once. */
  public List<String> names() {
    return names;
  }
}
