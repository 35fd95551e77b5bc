package dev.magicgre.stub.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.magicgre.model.GreTunnel;

/** The mapper the stub writes its answers with: the project's mapper, with the tunnel written without reflection. */
public final class AnswerJson {

  private AnswerJson() {
  }

  /** A copy of {@code mapper} (left as it is) that writes tunnels with {@link TunnelSerializer}. */
  public static ObjectMapper writerOf(ObjectMapper mapper) {
    SimpleModule tunnels = new SimpleModule("stub-answers")
        .addSerializer(GreTunnel.class, new TunnelSerializer())
        .addSerializer(CreatedTunnel.class, new CreatedTunnel.Serializer());
    return mapper.copy().registerModule(tunnels);
  }
}
