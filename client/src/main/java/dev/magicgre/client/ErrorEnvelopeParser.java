package dev.magicgre.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.magicgre.model.ResponseInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code errors[]} out of an error body. Lenient on purpose: proxies and load balancers answer HTML or
 * plain text, and an error must still surface with its status and raw text rather than as a parse failure.
 */
final class ErrorEnvelopeParser {

  private final ObjectMapper mapper;

  ErrorEnvelopeParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The errors of a Cloudflare envelope, or an empty list when the body is not one. */
  List<ApiErrorDetail> parse(String body) {
    if (body == null || body.isBlank()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException notJson) {
      return List.of();
    }
    if (root == null || !root.path("errors").isArray()) {
      return List.of();
    }
    return entries(root.path("errors"));
  }

  /** The entries of {@code errors[]} or of an {@code error_chain}, each with its own chain. */
  private static List<ApiErrorDetail> entries(JsonNode array) {
    List<ApiErrorDetail> details = new ArrayList<>();
    for (JsonNode error : array) {
      List<ApiErrorDetail> chain = error.path("error_chain").isArray() ? entries(error.get("error_chain")) : List.of();
      details.add(new ApiErrorDetail(error.path("code").asInt(0), textOrNull(error.path("message")),
          textOrNull(error.path("documentation_url")), textOrNull(error.path("source").path("pointer")), chain));
    }
    return details;
  }

  /** The errors of an already decoded envelope (a 2xx answer with {@code success: false}). */
  static List<ApiErrorDetail> fromModel(List<ResponseInfo> infos) {
    if (infos == null) {
      return List.of();
    }
    List<ApiErrorDetail> details = new ArrayList<>();
    for (ResponseInfo info : infos) {
      String pointer = info.getSource() == null ? null : info.getSource().getPointer();
      List<ApiErrorDetail> chain = new ArrayList<>();
      if (info.getErrorChain() != null) {
        info.getErrorChain().forEach(cause ->
            chain.add(new ApiErrorDetail(cause.getCode() == null ? 0 : cause.getCode(), cause.getMessage(), null, null)));
      }
      details.add(new ApiErrorDetail(info.getCode() == null ? 0 : info.getCode(), info.getMessage(),
          info.getDocumentationUrl(), pointer, chain));
    }
    return details;
  }

  private static String textOrNull(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }
}
