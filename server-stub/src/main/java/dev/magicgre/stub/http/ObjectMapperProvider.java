package dev.magicgre.stub.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;

/** Hands Jersey's Jackson provider the project's one configured mapper (see {@code GreJson}). */
public final class ObjectMapperProvider implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper;

  public ObjectMapperProvider(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
