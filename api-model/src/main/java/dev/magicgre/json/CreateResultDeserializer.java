package dev.magicgre.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelsCreateResult;
import java.io.IOException;

/**
 * Reads the answer of a create into the variant its shape says: {@code result.gre_tunnels} present means the
 * several-at-once answer. The generator turns the spec's {@code oneOf} into a marker interface
 * ({@code useOneOfInterfaces}) and leaves choosing the class to us; nothing else is decided here.
 */
final class CreateResultDeserializer extends StdDeserializer<GreTunnelsCreateResult> {

  CreateResultDeserializer() {
    super(GreTunnelsCreateResult.class);
  }

  @Override
  public GreTunnelsCreateResult deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode envelope = parser.readValueAsTree();
    JsonNode result = envelope == null ? null : envelope.get("result");
    Class<? extends GreTunnelsCreateResult> variant = result != null && result.has("gre_tunnels")
        ? GreTunnelListResponse.class
        : GreTunnelCreateResponse.class;
    return parser.getCodec().treeToValue(envelope, variant);
  }
}
