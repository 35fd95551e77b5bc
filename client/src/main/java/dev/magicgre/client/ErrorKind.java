package dev.magicgre.client;

/** The family of a failed call, so callers can switch on it without {@code instanceof} chains. */
public enum ErrorKind {
  BAD_REQUEST,
  AUTHENTICATION,
  PERMISSION,
  NOT_FOUND,
  RATE_LIMITED,
  SERVER,
  CONNECTION,
  UNEXPECTED_RESPONSE
}
