package dev.magicgre.generated;

import java.util.Map;

/**
 * What the generators that merge a oneOf's variants into one class (java resttemplate and restclient) cannot do
 * with default options, as the runs showed (docs/generated-clients.md, "Generators that merge a oneOf"):
 * health_check.target becomes an object with {@code saved} only, so the string form cannot be sent; the create
 * body becomes one class with every member of both forms, whose required members are always written, so a
 * create of one sends {@code "gre_tunnels": null} and a create of several sends the unset members of each
 * tunnel as null; the stub refuses both (400, code 1002), as the spec says it must. With no tunnel created, the
 * steps that read, change or delete one cannot run. Each entry must keep failing: a generator or spec change
 * that makes one pass fails the test until the entry is removed.
 */
public final class MergedOneOfs {

  private static final String NOTHING_CREATED = "no tunnel could be created through this client (the create steps)";

  public static final Map<String, String> KNOWN_FAILURES = Map.ofEntries(
      Map.entry("createGreTunnel: one tunnel, string target",
          "HealthCheckTargetRequest is merged into an object: a string target cannot be sent"),
      Map.entry("createGreTunnel: one tunnel, object target (x-magic-new-hc-target: true)",
          "GreTunnelsCreateBody is merged: its required gre_tunnels is always written, as null (400, code 1002)"),
      Map.entry("createGreTunnel: several tunnels ({\"gre_tunnels\": [...]})",
          "the unset optional members of each tunnel are written as null (400, code 1002)"),
      Map.entry("createGreTunnel: validate_only=true stores nothing",
          "GreTunnelsCreateBody is merged: its required gre_tunnels is always written, as null (400, code 1002)"),
      Map.entry("listGreTunnels: string form", NOTHING_CREATED),
      Map.entry("listGreTunnels: object form", NOTHING_CREATED),
      Map.entry("getGreTunnel: string form", NOTHING_CREATED),
      Map.entry("getGreTunnel: object form", NOTHING_CREATED),
      Map.entry("updateGreTunnel: one tunnel", NOTHING_CREATED),
      Map.entry("updateGreTunnels: several tunnels", NOTHING_CREATED),
      Map.entry("deleteGreTunnel", NOTHING_CREATED),
      Map.entry("getGreTunnel: 404 after the delete", NOTHING_CREATED));

  private MergedOneOfs() {
  }
}
