package dev.magicgre.stub.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelsCreated;
import java.io.IOException;

/**
 * The result of a create of one tunnel, written as the tunnel's own members: the bytes of
 * {@code CreateAnswers.ofOne(tunnel)} (the spec's one schema for both create shapes declares the tunnel's
 * members in the same order, and {@code gre_tunnels} is absent), without that method's conversion through a
 * JSON tree, which was an eighth of a create. Only ever written, never read: its own getters are empty.
 */
public final class CreatedTunnel extends GreTunnelsCreated {

  private final transient GreTunnel tunnel;

  public CreatedTunnel(GreTunnel tunnel) {
    this.tunnel = tunnel;
  }

  /** Writes a {@link CreatedTunnel}. */
  static final class Serializer extends StdSerializer<CreatedTunnel> {

    Serializer() {
      super(CreatedTunnel.class);
    }

    @Override
    public void serialize(CreatedTunnel created, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeStartObject(created);
      TunnelSerializer.writeMembers(created.tunnel, out, provider);
      out.writeEndObject();
    }
  }
}
