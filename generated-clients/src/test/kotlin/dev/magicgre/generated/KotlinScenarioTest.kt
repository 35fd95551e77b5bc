package dev.magicgre.generated

import java.net.URI

/**
 * openapi-generator `kotlin` (its default library jvm-okhttp4, Moshi). Its merged oneOfs (KotlinClient) fail the
 * steps below, as the runs showed; each must keep failing, so that the list cannot go stale.
 */
class KotlinScenarioTest : JavaClientScenario() {

  override fun generator() = "kotlin"

  override fun client(baseUri: URI): GeneratedClient = KotlinClient(baseUri, TOKEN)

  override fun knownFailures(): Map<String, String> = KNOWN_FAILURES

  private companion object {
    const val MERGED_BODY = "GreTunnelsCreateBody is merged: its required gre_tunnels can only be sent as [],"
    const val NOT_CREATED = "the tunnel an earlier step should have created is missing (create of one)"
    val KNOWN_FAILURES = mapOf(
        "createGreTunnel: one tunnel, string target" to
            "HealthCheckTargetRequest is merged into an object: a string target cannot be sent",
        "createGreTunnel: one tunnel, object target (x-magic-new-hc-target: true)" to "$MERGED_BODY refused 400",
        "createGreTunnel: validate_only=true stores nothing" to "$MERGED_BODY refused 400",
        "listGreTunnels: string form" to
            "HealthCheckTarget is merged into an object: Moshi cannot read a string target (JsonDataException)",
        "listGreTunnels: object form" to NOT_CREATED,
        "getGreTunnel: string form" to NOT_CREATED,
        "getGreTunnel: object form" to NOT_CREATED,
        "updateGreTunnel: one tunnel" to NOT_CREATED,
        "deleteGreTunnel" to NOT_CREATED,
        "getGreTunnel: 404 after the delete" to NOT_CREATED)
  }
}
