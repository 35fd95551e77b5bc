package dev.magicgre.stub.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.magicgre.model.ApiErrorResponse;
import dev.magicgre.model.GreTunnelCreateResponse;
import dev.magicgre.model.GreTunnelDeleteResponse;
import dev.magicgre.model.GreTunnelGetResponse;
import dev.magicgre.model.GreTunnelListResponse;
import dev.magicgre.model.GreTunnelUpdateResponse;
import dev.magicgre.model.GreTunnelsUpdateResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the stub's envelopes (the success envelope of each operation, and the failure envelope) with writers
 * built once from the project's mapper. Jersey's general Jackson provider gives the same bytes but looks up the
 * mapper, inspects annotations and builds an {@link ObjectWriter} on every response: a measurable share of a
 * create's cost under load (see docs/benchmarks.md). Registered for these types only; everything else still goes
 * through Jackson's provider.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class EnvelopeWriter implements MessageBodyWriter<Object> {

  private static final List<Class<?>> ENVELOPES = List.of(GreTunnelCreateResponse.class, GreTunnelListResponse.class,
      GreTunnelGetResponse.class, GreTunnelUpdateResponse.class, GreTunnelsUpdateResponse.class,
      GreTunnelDeleteResponse.class, ApiErrorResponse.class);

  private final Map<Class<?>, ObjectWriter> writers = new HashMap<>();

  public EnvelopeWriter(ObjectMapper mapper) {
    for (Class<?> envelope : ENVELOPES) {
      writers.put(envelope, mapper.writerFor(envelope).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
    }
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return writers.containsKey(type);
  }

  @Override
  public void writeTo(Object envelope, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    writers.get(type).writeValue(out, envelope);
  }
}
