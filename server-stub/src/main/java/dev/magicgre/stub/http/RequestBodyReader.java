package dev.magicgre.stub.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.model.GreTunnelUpdateRequest;
import dev.magicgre.model.GreTunnelsCreateBody;
import dev.magicgre.model.GreTunnelsCreateRequest;
import dev.magicgre.model.GreTunnelsUpdateRequest;
import dev.magicgre.model.MagicHealthCheckTarget;
import dev.magicgre.stub.error.ApiError;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.validation.OperationRules.BodyRules;
import dev.magicgre.stub.validation.OperationRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of every write the same way: parse to a tree (malformed JSON is 6007), run the operation's
 * {@link OperationRules} on the tree (all violations in one 400), and only then bind to the generated model.
 * Registered for the request types of the generated interface (and {@code Object}, the type of the delete's
 * optional body), so it takes precedence over Jackson's general provider for them.
 */
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public final class RequestBodyReader implements MessageBodyReader<Object> {

  /** What a body of one request type must obey, and how it becomes the model; a null binder keeps the tree. */
  private record Operation(BodyRules rules, Binder binder) {
  }

  @FunctionalInterface
  private interface Binder {
    Object bind(JsonNode tree) throws IOException;
  }

  private final ObjectReader treeReader;
  private final Map<Class<?>, Operation> operations;

  public RequestBodyReader(ObjectMapper mapper) {
    this.treeReader = mapper.reader()
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .without(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    // a request's target object is read for its saved member only: effective is read-only and ignored whatever
    // its JSON type ({"effective": {}} used to fail the binding, a 500)
    ObjectMapper requestMapper = mapper.copy().addMixIn(MagicHealthCheckTarget.class, RequestTargetMixIn.class);
    // readers built once: binding through them skips the mapper's per-call root-deserializer lookup
    ObjectReader createOne = requestMapper.readerFor(GreTunnelCreateRequest.class);
    ObjectReader createSeveral = requestMapper.readerFor(GreTunnelsCreateRequest.class);
    ObjectReader updateOne = requestMapper.readerFor(GreTunnelUpdateRequest.class);
    ObjectReader updateSeveral = requestMapper.readerFor(GreTunnelsUpdateRequest.class);
    this.operations = Map.of(
        GreTunnelsCreateBody.class, new Operation(OperationRules::create,
            tree -> (OperationRules.isSeveral(tree) ? createSeveral : createOne).readValue(tree)),
        GreTunnelUpdateRequest.class, new Operation(OperationRules::updateOne, updateOne::readValue),
        GreTunnelsUpdateRequest.class, new Operation(OperationRules::updateSeveral, updateSeveral::readValue),
        // the delete's body: checked, then ignored
        Object.class, new Operation(OperationRules::delete, tree -> tree));
  }

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return operations.containsKey(type);
  }

  @Override
  public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream body) throws IOException {
    Operation operation = operations.get(type);
    boolean optional = type == Object.class;
    JsonNode tree = parse(body, optional);
    if (tree == null) {
      return null;
    }
    List<ApiError> violations = operation.rules().violations(tree, RequestSwitches.targetForm(headers));
    if (!violations.isEmpty()) {
      throw new ApiProblem(400, violations);
    }
    return operation.binder().bind(tree);
  }

  /** The body as a tree; an empty body is malformed JSON, unless the body is optional (then null). */
  private JsonNode parse(InputStream body, boolean optional) throws IOException {
    JsonNode tree;
    try {
      tree = treeReader.readTree(body);
    } catch (JsonProcessingException malformed) {
      // the parser's own message quotes the offending text, which may be a secret: give only the position
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body" + position(malformed));
    }
    if (tree == null || tree.isMissingNode()) {
      if (optional) {
        return null;
      }
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

  /** Binding a request: {@code effective} is not read. */
  @JsonIgnoreProperties(value = "effective", allowGetters = true)
  abstract static class RequestTargetMixIn {
  }
}
