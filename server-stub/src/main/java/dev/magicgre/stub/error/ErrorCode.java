package dev.magicgre.stub.error;

/**
 * Every error code the stub answers, with its HTTP status. The same table is in the spec (ApiErrorResponse)
 * and in docs/stub-behaviour.md (ErrorTableTest keeps the three in step); where each code comes from (seen on
 * Cloudflare, documented, or our choice) is in the fidelity ledger ({@code fidelity-ledger.json}, kept complete
 * by FidelityLedgerTest). The codes of a 6003's {@code error_chain} are {@link ErrorChainCode}.
 */
public enum ErrorCode {
  REQUEST_REFUSED(1000, 400),
  REQUIRED_FIELD_MISSING(1001, 400),
  WRONG_JSON_TYPE(1002, 400),
  INVALID_NAME(1003, 400),
  DUPLICATE_NAME(1004, 400),
  INVALID_IP_ADDRESS(1005, 400),
  INVALID_INTERFACE_ADDRESS(1006, 400),
  INVALID_INTERFACE_ADDRESS6(1007, 400),
  INVALID_MTU(1008, 400),
  INVALID_TTL(1009, 400),
  INVALID_CUSTOMER_ASN(1010, 400),
  INVALID_EXTRA_PREFIX(1011, 400),
  INVALID_MD5_KEY(1012, 400),
  INVALID_ENUM_VALUE(1013, 400),
  WRONG_TARGET_FORM(1014, 400),
  INVALID_FILTER_ID(1015, 400),
  INVALID_BOOLEAN_SWITCH(1016, 400),
  INVALID_ACCOUNT_ID(1017, 400),
  MALFORMED_URI(1018, 400),
  MALFORMED_HTTP_REQUEST(1019, 400),
  BODY_TOO_LARGE(1020, 413),
  BODY_READ_TIMEOUT(1021, 408),
  NO_TUNNELS_IN_REQUEST(1022, 400),
  TUNNEL_NOT_FOUND(1024, 404),
  BGP_NOT_UPDATABLE(1025, 400),
  DUPLICATE_TUNNEL_ID(1026, 400),
  INVALID_REQUEST_HEADERS(6003, 400),
  MALFORMED_JSON(6007, 400),
  NO_ROUTE(7000, 404),
  METHOD_NOT_ALLOWED(7001, 405),
  INVALID_OBJECT_IDENTIFIER(7003, 400),
  UNKNOWN_API_KEY(9103, 403),
  MISSING_CREDENTIALS(9106, 400),
  INVALID_ACCESS_TOKEN(9109, 403),
  UNSUPPORTED_CONTENT_TYPE(9207, 415),
  RATE_LIMITED(971, 429),
  AUTHENTICATION_ERROR(10000, 403),
  INTERNAL_ERROR(10500, 500);

  private final int code;
  private final int status;

  ErrorCode(int code, int status) {
    this.code = code;
    this.status = status;
  }

  public int code() {
    return code;
  }

  public int status() {
    return status;
  }
}
