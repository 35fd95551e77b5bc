package dev.magicgre.generated;

import java.util.Map;

/**
 * What the generators that merge a oneOf's variants into one class (java resttemplate and restclient, kotlin)
 * cannot do with default options, as the runs showed (docs/generated-clients.md, "Generators that merge a
 * oneOf"): health_check.target becomes an object with {@code saved} (and {@code effective}), so the string form can
 * be neither sent nor read; the create body becomes one class that requires the members of both forms, so a create
 * of one always writes {@code gre_tunnels} (null from Java, an empty list from Kotlin), which the stub refuses (400),
 * as the spec says it must. The steps that need the tunnel of a create of one cannot run after that. Each entry
 * must keep failing: a generator or spec change that makes one pass fails the test until the entry is removed.
 */
public final class MergedOneOfs {

  private static final String MERGED_BODY =
      "GreTunnelsCreateBody is merged: gre_tunnels, required by the other form, is always written (400)";
  private static final String NOT_CREATED = "needs the tunnel of a create of one, which this client cannot send";

  public static final Map<String, String> KNOWN_FAILURES = Map.ofEntries(
      Map.entry("createGreTunnel: one tunnel, string target",
          "HealthCheckTargetRequest is merged into an object: a string target cannot be sent"),
      Map.entry("createGreTunnel: one tunnel, object target (x-magic-new-hc-target: true)", MERGED_BODY),
      Map.entry("createGreTunnel: validate_only=true stores nothing", MERGED_BODY),
      Map.entry("listGreTunnels: string form",
          "HealthCheckTarget is merged into an object: a string target cannot be read"),
      Map.entry("listGreTunnels: object form", NOT_CREATED),
      Map.entry("getGreTunnel: string form", NOT_CREATED),
      Map.entry("getGreTunnel: object form", NOT_CREATED),
      Map.entry("updateGreTunnel: one tunnel", NOT_CREATED),
      Map.entry("deleteGreTunnel", NOT_CREATED),
      Map.entry("getGreTunnel: 404 after the delete", NOT_CREATED));

  private MergedOneOfs() {
  }
}
