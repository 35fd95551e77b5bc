package dev.magicgre.stub.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.magicgre.model.GreTunnel;
import java.time.OffsetDateTime;

/**
 * The mapper the stub writes its answers with: the project's mapper, with tunnels written without reflection and
 * timestamps without the formatter's per-call objects.
 */
public final class AnswerJson {

  private AnswerJson() {
  }

  /** A copy of {@code mapper} (left as it is) with {@link TunnelSerializer} and {@link TimestampSerializer}. */
  public static ObjectMapper writerOf(ObjectMapper mapper) {
    SimpleModule tunnels = new SimpleModule("stub-answers")
        .addSerializer(GreTunnel.class, new TunnelSerializer())
        .addSerializer(OffsetDateTime.class, new TimestampSerializer());
    return mapper.copy().registerModule(tunnels);
  }
}
