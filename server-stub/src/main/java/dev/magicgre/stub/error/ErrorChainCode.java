package dev.magicgre.stub.error;

/**
 * The codes Cloudflare's gateway puts in the {@code error_chain} of its 6003 "Invalid request headers" error,
 * one per malformed credential header, with its captured message. They never stand alone in {@code errors[]}.
 */
public enum ErrorChainCode {
  EMAIL_FORMAT(6102, "Invalid format for X-Auth-Email header"),
  KEY_FORMAT(6103, "Invalid format for X-Auth-Key header"),
  AUTHORIZATION_FORMAT(6111, "Invalid format for Authorization header");

  private final int code;
  private final String message;

  ErrorChainCode(int code, String message) {
    this.code = code;
    this.message = message;
  }

  public int code() {
    return code;
  }

  public ApiError entry() {
    return new ApiError(code, message, null);
  }
}
