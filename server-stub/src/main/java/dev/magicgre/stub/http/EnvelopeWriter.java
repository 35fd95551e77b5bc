package dev.magicgre.stub.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.magicgre.model.ApiErrorResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API application's only JSON writer: every answer it gives is an envelope of the generated model (a
 * success envelope of an operation, or the failure envelope), written with an {@link ObjectWriter} built once
 * per envelope type from the project's mapper. It replaces Jersey's Jackson provider on purpose: that
 * provider looks up the mapper, inspects annotations and builds a writer on every response, and while both
 * were registered Jersey chose between the two equally ranked providers arbitrarily (it chose Jackson's).
 * A new operation's envelope needs nothing here: any class of the generated model package is written (and the
 * gateway's short failure body, which the model has no class for).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class EnvelopeWriter implements MessageBodyWriter<Object> {

  private static final String MODEL_PACKAGE = ApiErrorResponse.class.getPackageName();

  private final ObjectMapper mapper;
  private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();

  public EnvelopeWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return MODEL_PACKAGE.equals(type.getPackageName()) || type == GatewayFailureEnvelope.class;
  }

  @Override
  public void writeTo(Object envelope, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    writers.computeIfAbsent(type, this::writerFor).writeValue(out, envelope);
  }

  private ObjectWriter writerFor(Class<?> type) {
    return mapper.writerFor(type).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }
}
