package dev.magicgre.stub.store;

/** The store named at start cannot be used: a bad location, a database not reached, a file not writable. */
public final class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message) {
    super(message, null, false, false);
  }
}
