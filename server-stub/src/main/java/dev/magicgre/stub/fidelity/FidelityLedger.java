package dev.magicgre.stub.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fidelity ledger ({@code fidelity/fidelity-ledger.json} on the class path): every error code the stub can
 * answer, every default it fills, every response shape and every choice, each graded REAL, REAL-BEHAVIOUR, DOC or
 * CHOSEN with its source. One file, served by the control API and rendered into docs/stub-behaviour.md; a test
 * holds it complete against the stub's error codes and defaults.
 */
public final class FidelityLedger {

  public static final String RESOURCE = "/fidelity/fidelity-ledger.json";
  public static final Set<String> GRADES = Set.of("REAL", "REAL-BEHAVIOUR", "DOC", "CHOSEN");

  private final JsonNode document;
  private final List<LedgerEntry> entries;

  private FidelityLedger(JsonNode document) {
    this.document = document;
    List<LedgerEntry> read = new ArrayList<>();
    document.path("entries").forEach(entry -> read.add(LedgerEntry.of(entry)));
    this.entries = List.copyOf(read);
  }

  public static FidelityLedger load(ObjectMapper mapper) {
    try (InputStream in = FidelityLedger.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return new FidelityLedger(mapper.readTree(in));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", unreadable);
    }
  }

  /** The whole file, as served at {@code GET /__stub/fidelity}. */
  public JsonNode document() {
    return document;
  }

  public List<LedgerEntry> entries() {
    return entries;
  }

  /** The grades' meanings, in the file's order. */
  public JsonNode grades() {
    return document.path("grades");
  }
}
