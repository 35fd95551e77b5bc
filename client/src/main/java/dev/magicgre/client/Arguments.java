package dev.magicgre.client;

import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsUpdateItem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the arguments of every operation before any I/O, as cloudflare-go does ("missing required account_id
 * parameter"): a mistake the server would refuse anyway should not cost a round trip or a retry. Checked
 * here: the path parameters (the account id's length, the tunnel id's exact form, since a wrong one could
 * not name a tunnel), null arguments and the presence of required fields. Value rules of the body (name
 * syntax, private /31, addresses) stay with the server, the one place that owns them.
 */
final class Arguments {

  /** The spec's {@code account_id} maxLength. */
  static final int MAX_ACCOUNT_ID_LENGTH = 32;
  /** The spec's {@code gre_tunnel_id}: the id the API gave the tunnel. */
  static final Pattern TUNNEL_ID = Pattern.compile("[0-9a-f]{32}");

  private Arguments() {
  }

  static void checkAccount(String accountId) {
    if (accountId == null || accountId.isBlank()) {
      throw new IllegalArgumentException("accountId must not be blank");
    }
    if (accountId.length() > MAX_ACCOUNT_ID_LENGTH) {
      throw new IllegalArgumentException(
          "accountId must be at most " + MAX_ACCOUNT_ID_LENGTH + " characters, got " + accountId.length());
    }
  }

  static void checkTunnel(String accountId, String tunnelId) {
    checkAccount(accountId);
    checkTunnelId(tunnelId, "tunnelId");
  }

  static void checkOptions(Object options, String defaults) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null (use " + defaults + ")");
    }
  }

  static void checkCreate(GreTunnelCreateRequest request, String where) {
    if (request == null) {
      throw new IllegalArgumentException(where + " must not be null");
    }
    requireFields(fieldPrefix(where), request.getName(), request.getCloudflareGreEndpoint(),
        request.getCustomerGreEndpoint(), request.getInterfaceAddress());
  }

  static void checkUpdate(GreTunnelUpdateRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("request must not be null");
    }
    requireFields("", request.getName(), request.getCloudflareGreEndpoint(), request.getCustomerGreEndpoint(),
        request.getInterfaceAddress());
  }

  static void checkUpdateItem(GreTunnelsUpdateItem item, String where) {
    if (item == null) {
      throw new IllegalArgumentException(where + " must not be null");
    }
    String prefix = fieldPrefix(where);
    if (item.getId() == null) {
      throw new IllegalArgumentException("request field " + prefix + "id is required");
    }
    checkTunnelId(item.getId(), "request field " + prefix + "id");
    requireFields(prefix, item.getName(), item.getCloudflareGreEndpoint(), item.getCustomerGreEndpoint(),
        item.getInterfaceAddress());
  }

  /** A bulk request's list: present and not empty (the server refuses an empty one, code 1022). */
  static void checkList(List<?> list, String name) {
    if (list == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException(name + " must hold at least one tunnel");
    }
  }

  private static void checkTunnelId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (!TUNNEL_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(what + " must be 32 lowercase hexadecimal characters (the id the API "
          + "gave the tunnel), got " + id.length() + " characters: \"" + abbreviate(id) + "\"");
    }
  }

  private static void requireFields(String prefix, String name, String cloudflareEndpoint, String customerEndpoint,
      String interfaceAddress) {
    requirePresent(name, prefix + "name");
    requirePresent(cloudflareEndpoint, prefix + "cloudflare_gre_endpoint");
    requirePresent(customerEndpoint, prefix + "customer_gre_endpoint");
    requirePresent(interfaceAddress, prefix + "interface_address");
  }

  /** "request" for a single body, "gre_tunnels[2]" for an entry of a bulk body. */
  private static String fieldPrefix(String where) {
    return "request".equals(where) ? "" : where + ".";
  }

  private static void requirePresent(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("request field " + field + " is required");
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }
}
