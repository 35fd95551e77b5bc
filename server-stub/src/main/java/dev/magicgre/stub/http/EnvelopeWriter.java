package dev.magicgre.stub.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.magicgre.model.ApiErrorResponse;
import dev.magicgre.model.GreTunnelCreateResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes the stub's two envelopes (success and failure) with writers built once from the project's mapper.
 * Jersey's general Jackson provider gives the same bytes but looks up the mapper, inspects annotations and
 * builds an {@link ObjectWriter} on every response: a measurable share of a create's cost under load
 * (see docs/benchmarks.md). Registered for these two types only; everything else still goes through Jackson's
 * provider.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class EnvelopeWriter implements MessageBodyWriter<Object> {

  private final ObjectWriter successWriter;
  private final ObjectWriter failureWriter;

  public EnvelopeWriter(ObjectMapper mapper) {
    this.successWriter = mapper.writerFor(GreTunnelCreateResponse.class).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.failureWriter = mapper.writerFor(ApiErrorResponse.class).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == GreTunnelCreateResponse.class || type == ApiErrorResponse.class;
  }

  @Override
  public void writeTo(Object envelope, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
    (type == GreTunnelCreateResponse.class ? successWriter : failureWriter).writeValue(out, envelope);
  }
}
