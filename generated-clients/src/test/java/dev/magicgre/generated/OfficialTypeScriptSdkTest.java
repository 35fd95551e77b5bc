package dev.magicgre.generated;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Cloudflare's official TypeScript SDK (npm {@code cloudflare}, pinned in package.json), unchanged, creates, lists,
 * gets, updates and deletes against the stub (src/test/js/official-sdk.js): the spec's changes for generated
 * clients must not change what the SDK sees on the wire.
 */
class OfficialTypeScriptSdkTest extends TypeScriptScenario {

  @Override
  public String generator() {
    return "official TypeScript SDK (npm cloudflare)";
  }

  @Override
  List<String> nodeCommand(Path scenario, URI baseUri) {
    return List.of("node", "src/test/js/official-sdk.js", baseUri.toString(), TOKEN);
  }
}
