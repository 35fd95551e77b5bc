package dev.magicgre.stub.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnel;

/**
 * A tunnel as the database keeps it: its JSON, written by the project's one mapper, so that what is read back
 * is equal to what was stored (the target's form, timestamps with their offset, absent fields left absent).
 * Nulls are written out: the generated model fills defaults ({@code mtu} 1476 and others) into fields a JSON
 * leaves out, which would turn an absent field into a present one.
 */
final class TunnelJson {

  private final ObjectWriter writer;
  private final ObjectReader reader;

  TunnelJson() {
    ObjectMapper mapper = GreJson.newObjectMapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    writer = mapper.writerFor(GreTunnel.class);
    reader = mapper.readerFor(GreTunnel.class);
  }

  String write(GreTunnel tunnel) {
    try {
      return writer.writeValueAsString(tunnel);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tunnel could not be written as JSON", e);
    }
  }

  GreTunnel read(String json) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored tunnel is not valid JSON", e);
    }
  }
}
