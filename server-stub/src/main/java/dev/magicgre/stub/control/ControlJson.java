package dev.magicgre.stub.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.magicgre.stub.error.ApiProblem;
import dev.magicgre.stub.error.ErrorCode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading control bodies (strictly, like the API's, 6007 when malformed) and writing the success envelope. */
final class ControlJson {

  static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

  private final ObjectReader treeReader;

  ControlJson(ObjectMapper mapper) {
    this.treeReader = mapper.reader()
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body: the body is empty");
    }
    try {
      JsonNode tree = treeReader.readTree(body);
      if (tree == null || tree.isMissingNode()) {
        throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body: the body is empty");
      }
      return tree;
    } catch (JsonProcessingException malformed) {
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body");
    } catch (IOException unreadable) {
      throw ApiProblem.of(ErrorCode.MALFORMED_JSON, "Malformed JSON in request body");
    }
  }

  /** The API's success envelope around a control result. */
  static Map<String, Object> success(Object result) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("success", true);
    envelope.put("errors", List.of());
    envelope.put("messages", List.of());
    envelope.put("result", result);
    return envelope;
  }
}
