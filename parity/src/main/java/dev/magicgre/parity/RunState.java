package dev.magicgre.parity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What one run knows: its unique name prefix (every tunnel it creates is named {@code <prefix>_<label>}, and it
 * touches no other), the account, the ids of the tunnels it created by label, and the interface addresses it chose.
 */
final class RunState {

  private final String prefix;
  private final String account;
  private final String cloudflareEndpoint;
  private final int subnet;
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final Map<String, String> deletedIds = new LinkedHashMap<>();

  RunState(String account, String cloudflareEndpoint) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    // "pr" and 6 hex digits: 8 characters, so "<prefix>_<label>" stays within the 15 a name may have
    this.prefix = "pr" + String.format("%06x", random.nextInt(1 << 24));
    this.account = account;
    this.cloudflareEndpoint = cloudflareEndpoint;
    this.subnet = random.nextInt(256);
  }

  String prefix() {
    return prefix;
  }

  String account() {
    return account;
  }

  String name(String label) {
    return prefix + "_" + label;
  }

  /** The collection's path below the base URL. */
  String tunnels() {
    return "/accounts/" + account + "/magic/gre_tunnels";
  }

  String tunnel(String label) {
    return tunnels() + "/" + id(label);
  }

  String id(String label) {
    String id = ids.get(label);
    if (id == null) {
      throw new IllegalStateException("no tunnel " + label + " was created");
    }
    return id;
  }

  void created(String label, String id) {
    ids.put(label, id);
  }

  void deleted(String label) {
    String id = ids.remove(label);
    if (id != null) {
      deletedIds.put(label, id);
    }
  }

  /** The id a tunnel this run deleted had. */
  String deletedId(String label) {
    String id = deletedIds.get(label);
    if (id == null) {
      throw new IllegalStateException("no tunnel " + label + " was deleted");
    }
    return id;
  }

  /** The tunnels this run created and has not deleted, by label. */
  Map<String, String> createdIds() {
    return Map.copyOf(ids);
  }

  /** A tunnel of the required fields, named for the label, on a /31 of its own (10.213.{subnet}.{2n}/31). */
  String tunnelBody(String label, int index, String extraFields) {
    return "{\"name\": \"" + name(label) + "\", \"cloudflare_gre_endpoint\": \"" + cloudflareEndpoint + "\","
        + " \"customer_gre_endpoint\": \"203.0.113.2\", \"interface_address\": \"" + interfaceAddress(index) + "\""
        + (extraFields.isEmpty() ? "" : ", " + extraFields) + "}";
  }

  String interfaceAddress(int index) {
    return "10.213." + subnet + "." + (2 * index) + "/31";
  }

  /** The run's own values, each with the placeholder that replaces it in a snapshot. */
  Map<String, String> placeholders() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(account, "<account>");
    values.put(prefix, "<run>");
    values.put("10.213." + subnet + ".", "10.213.<subnet>.");
    values.put(cloudflareEndpoint, "<cloudflare_gre_endpoint>");
    return values;
  }
}
