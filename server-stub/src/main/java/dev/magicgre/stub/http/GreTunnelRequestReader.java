package dev.magicgre.stub.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelsCreateBody;
import dev.magicgre.stub.validation.GreTunnelRequestValidator;
import dev.magicgre.stub.validation.TargetForm;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Reads a create request: parse to a tree (malformed JSON is 6007), check every rule on the tree (all
 * violations in one 400), and only then bind to the generated model. Registered for this one type, so it
 * takes precedence over Jackson's general provider.
 */
@Consumes(MediaType.APPLICATION_JSON)
public final class GreTunnelRequestReader implements MessageBodyReader<GreTunnelsCreateBody> {

  private final ObjectReader treeReader;
  /** Built once: binding through it skips the mapper's per-call root-deserializer lookup. */
  private final ObjectReader requestBinder;
  private final GreTunnelRequestValidator validator = new GreTunnelRequestValidator();

  public GreTunnelRequestReader(ObjectMapper mapper) {
    this.requestBinder = mapper.readerFor(GreTunnelCreateRequest.class);
    this.treeReader = mapper.reader()
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .without(JsonParser.Feature.AUTO_CLOSE_SOURCE);
  }

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == GreTunnelsCreateBody.class;
  }

  @Override
  public GreTunnelsCreateBody readFrom(Class<GreTunnelsCreateBody> type, Type genericType, Annotation[] annotations,
      MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
    JsonNode tree = parse(body);
    List<ApiError> violations = validator.validate(tree, RequestSwitches.targetForm(headers));
    if (!violations.isEmpty()) {
      throw new ApiProblem(400, violations);
    }
    return requestBinder.readValue(tree);
  }

  private JsonNode parse(InputStream body) throws IOException {
    JsonNode tree;
    try {
      tree = treeReader.readTree(body);
    } catch (JsonProcessingException malformed) {
      // the parser's own message quotes the offending text, which may be a secret: give only the position
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body" + position(malformed));
    }
    if (tree == null || tree.isMissingNode()) {
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body: the body is empty");
    }
    return tree;
  }

  private static String position(JsonProcessingException malformed) {
    JsonLocation location = malformed.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
