package dev.magicgre.client;

import dev.magicgre.model.GreTunnelCreateRequest;

/**
 * Checks the arguments of a create before any I/O, as cloudflare-go does ("missing required account_id
 * parameter"): a mistake the server would refuse anyway should not cost a round trip or a retry. Only
 * presence is checked here; value rules (name syntax, private /31, target form) stay with the server, the
 * one place that owns them.
 */
final class CreateArguments {

  /** The spec's {@code account_id} maxLength. */
  static final int MAX_ACCOUNT_ID_LENGTH = 32;

  private CreateArguments() {
  }

  static void check(String accountId, GreTunnelCreateRequest request, CreateOptions options) {
    if (accountId == null || accountId.isBlank()) {
      throw new IllegalArgumentException("accountId must not be blank");
    }
    if (accountId.length() > MAX_ACCOUNT_ID_LENGTH) {
      throw new IllegalArgumentException(
          "accountId must be at most " + MAX_ACCOUNT_ID_LENGTH + " characters, got " + accountId.length());
    }
    if (request == null) {
      throw new IllegalArgumentException("request must not be null");
    }
    if (options == null) {
      throw new IllegalArgumentException("options must not be null (use CreateOptions.defaults())");
    }
    requirePresent(request.getName(), "name");
    requirePresent(request.getCloudflareGreEndpoint(), "cloudflare_gre_endpoint");
    requirePresent(request.getCustomerGreEndpoint(), "customer_gre_endpoint");
    requirePresent(request.getInterfaceAddress(), "interface_address");
  }

  private static void requirePresent(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("request field " + field + " is required");
    }
  }
}
