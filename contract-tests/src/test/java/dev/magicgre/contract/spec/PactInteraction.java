package dev.magicgre.contract.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One HTTP interaction of a pact file, as plain data: what the consumer sends and what it expects back.
 * Bodies are the pact's example values (matchers are ignored here: the examples must obey the spec too).
 */
record PactInteraction(
    String pactFile,
    String description,
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> requestHeaders,
    JsonNode requestBody,
    int status,
    Map<String, List<String>> responseHeaders,
    JsonNode responseBody) {

  /** The request header's first value, whatever the letter case of its name. */
  String requestHeader(String name) {
    return requestHeaders.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
        .map(header -> header.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  /** A negative interaction: the consumer expects the request to be refused. */
  boolean expectsClientError() {
    return status >= 400 && status < 500;
  }

  /** "pact file › interaction description": how a finding names where it comes from. */
  String where() {
    return pactFile + " › \"" + description + "\"";
  }
}
