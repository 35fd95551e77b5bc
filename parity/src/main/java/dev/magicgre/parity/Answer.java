package dev.magicgre.parity;

import com.fasterxml.jackson.databind.JsonNode;

/** What came back: the status, and the body as JSON (a text node holding the raw text when it is not JSON). */
record Answer(int status, JsonNode body) {

  /** The first error's code, or 0. */
  int code() {
    return body.path("errors").path(0).path("code").asInt(0);
  }

  /** The first code in the first error's {@code error_chain}, or 0. */
  int chainCode() {
    return body.path("errors").path(0).path("error_chain").path(0).path("code").asInt(0);
  }
}
