package dev.magicgre.generated

import java.net.URI

/** openapi-generator `kotlin` (its default library jvm-okhttp4, Moshi); it merges oneOfs like java resttemplate. */
class KotlinScenarioTest : JavaClientScenario() {

  override fun generator() = "kotlin"

  override fun client(baseUri: URI): GeneratedClient = KotlinClient(baseUri, TOKEN)
}
