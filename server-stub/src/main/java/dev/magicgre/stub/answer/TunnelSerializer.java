package dev.magicgre.stub.answer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.magicgre.model.GreTunnel;
import dev.magicgre.model.GreTunnelHealthCheck;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * Writes a tunnel in every answer (get, list, create, update, delete) with direct calls instead of Jackson's
 * reflective bean serializer: the same members in the same order as the generated model declares them, absent
 * ones left out (the project's {@code NON_NULL}), timestamps through {@link Rfc3339}. Reflection and the
 * timestamp formatter were most of a list's cost. The nested objects a tunnel rarely has ({@code bgp},
 * {@code bgp_status}) and the health check target, which has its own serializer, go through Jackson.
 * {@code TunnelSerializerTest} holds the bytes equal to the model's own serialization for every field.
 */
public final class TunnelSerializer extends StdSerializer<GreTunnel> {

  TunnelSerializer() {
    super(GreTunnel.class);
  }

  @Override
  public void serialize(GreTunnel tunnel, JsonGenerator out, SerializerProvider provider) throws IOException {
    write(tunnel, out, provider);
  }

  /** Writes the tunnel; for a writer that streams many with one {@code provider} (a list). */
  public static void write(GreTunnel tunnel, JsonGenerator out, SerializerProvider provider) throws IOException {
    out.writeStartObject(tunnel);
    writeMembers(tunnel, out, provider);
    out.writeEndObject();
  }

  private static void writeMembers(GreTunnel tunnel, JsonGenerator out, SerializerProvider provider) throws IOException {
    string(out, "id", tunnel.getId());
    string(out, "name", tunnel.getName());
    string(out, "cloudflare_gre_endpoint", tunnel.getCloudflareGreEndpoint());
    string(out, "customer_gre_endpoint", tunnel.getCustomerGreEndpoint());
    string(out, "interface_address", tunnel.getInterfaceAddress());
    string(out, "interface_address6", tunnel.getInterfaceAddress6());
    string(out, "description", tunnel.getDescription());
    if (tunnel.getAutomaticReturnRouting() != null) {
      out.writeBooleanField("automatic_return_routing", tunnel.getAutomaticReturnRouting());
    }
    if (tunnel.getMtu() != null) {
      out.writeNumberField("mtu", tunnel.getMtu());
    }
    if (tunnel.getTtl() != null) {
      out.writeNumberField("ttl", tunnel.getTtl());
    }
    nested(out, provider, "bgp", tunnel.getBgp());
    nested(out, provider, "bgp_status", tunnel.getBgpStatus());
    healthCheck(out, provider, tunnel.getHealthCheck());
    timestamp(out, "created_on", tunnel.getCreatedOn());
    timestamp(out, "modified_on", tunnel.getModifiedOn());
  }

  private static void healthCheck(JsonGenerator out, SerializerProvider provider, GreTunnelHealthCheck check)
      throws IOException {
    if (check == null) {
      return;
    }
    out.writeFieldName("health_check");
    out.writeStartObject(check);
    if (check.getEnabled() != null) {
      out.writeBooleanField("enabled", check.getEnabled());
    }
    // the generated enums are written by their @JsonValue, toString()
    string(out, "rate", check.getRate() == null ? null : check.getRate().toString());
    string(out, "type", check.getType() == null ? null : check.getType().toString());
    string(out, "direction", check.getDirection() == null ? null : check.getDirection().toString());
    nested(out, provider, "target", check.getTarget());
    out.writeEndObject();
  }

  private static void string(JsonGenerator out, String name, String value) throws IOException {
    if (value != null) {
      out.writeStringField(name, value);
    }
  }

  private static void timestamp(JsonGenerator out, String name, OffsetDateTime value) throws IOException {
    if (value != null) {
      out.writeStringField(name, Rfc3339.format(value));
    }
  }

  private static void nested(JsonGenerator out, SerializerProvider provider, String name, Object value)
      throws IOException {
    if (value != null) {
      provider.defaultSerializeField(name, value, out);
    }
  }
}
