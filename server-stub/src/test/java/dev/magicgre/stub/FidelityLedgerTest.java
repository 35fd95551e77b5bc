package dev.magicgre.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.magicgre.json.GreJson;
import dev.magicgre.model.GreTunnelCreateRequest;
import dev.magicgre.stub.control.ControlErrorCode;
import dev.magicgre.stub.error.ErrorChainCode;
import dev.magicgre.stub.error.ErrorCode;
import dev.magicgre.stub.fidelity.FidelityLedger;
import dev.magicgre.stub.fidelity.LedgerEntry;
import dev.magicgre.stub.fidelity.LedgerMarkdown;
import dev.magicgre.stub.gateway.ApiOperations;
import dev.magicgre.stub.tunnel.TunnelFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #21, item 2: the fidelity ledger is complete (every code the stub can answer and every default it fills,
 * read from the code itself: the error enums and what TunnelFactory adds to a bare create), holds nothing stale,
 * grades every entry, is what docs/stub-behaviour.md shows, and is served by the control API.
 */
class FidelityLedgerTest {

  private static final Path DOCS = Path.of("../docs/stub-behaviour.md");
  private static final FidelityLedger LEDGER = FidelityLedger.load(GreJson.newObjectMapper());

  @Test
  void everyErrorCodeTheStubCanAnswerHasItsEntryWithTheSameStatus() {
    Map<Integer, Integer> answerable = new TreeMap<>();
    Stream.of(ErrorCode.values()).forEach(code -> answerable.put(code.code(), code.status()));
    Stream.of(ControlErrorCode.values()).forEach(code -> answerable.put(code.code(), code.status()));

    Map<Integer, Integer> listed = ledgerOf("error")
        .collect(Collectors.toMap(LedgerEntry::code, LedgerEntry::status, (a, b) -> a, TreeMap::new));
    assertThat(listed).isEqualTo(answerable);
  }

  @Test
  void everyCodeOfAnErrorChainHasItsEntry() {
    Set<Integer> listed = ledgerOf("error_chain").map(LedgerEntry::code).collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> chained = Stream.of(ErrorChainCode.values()).map(ErrorChainCode::code).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(chained);
  }

  /** What the stub adds to a create that sends only the required fields is exactly the ledger's defaults. */
  @Test
  void everyDefaultTheStubFillsHasItsEntry() {
    GreTunnelCreateRequest bare = new GreTunnelCreateRequest("GRE_1", "203.0.113.1", "203.0.113.2", "10.212.0.0/31");
    JsonNode sent = GreJson.newObjectMapper().valueToTree(bare);
    JsonNode answered = GreJson.newObjectMapper().valueToTree(new TunnelFactory(Clock.systemUTC()).create(bare));

    Set<String> filled = new TreeSet<>();
    leaves(answered, "", filled);
    filled.removeIf(pointer -> !sent.at(pointer).isMissingNode());

    Set<String> listed = ledgerOf("default").map(LedgerEntry::field).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(filled);
  }

  /** Every operation the stub serves (read from the generated interface) has the shape of its answer graded. */
  @Test
  void everyOperationsResponseShapeHasItsEntry() {
    Set<String> graded = ledgerOf("shape").map(LedgerEntry::operation).filter(java.util.Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(graded).isEqualTo(new TreeSet<>(ApiOperations.names()));
  }

  @Test
  void everyEntryHasAUniqueIdAGradeAndASource() {
    assertThat(LEDGER.entries()).extracting(LedgerEntry::id).doesNotHaveDuplicates().doesNotContainNull();
    assertThat(LEDGER.entries()).allSatisfy(entry -> {
      assertThat(entry.grade()).as(entry.id()).isIn(FidelityLedger.GRADES);
      assertThat(entry.source()).as(entry.id()).isNotBlank();
      assertThat(entry.kind()).as(entry.id()).isIn("error", "error_chain", "default", "shape", "choice", "header");
      assertThat(entry.kind().equals("default") ? entry.field() : entry.behaviour()).as(entry.id()).isNotBlank();
    });
    Set<String> grades = new TreeSet<>();
    LEDGER.grades().fieldNames().forEachRemaining(grades::add);
    assertThat(grades).isEqualTo(new TreeSet<>(FidelityLedger.GRADES));
  }

  /** Run with -Dfidelity.write=true to rewrite the section from the ledger after changing it. */
  @Test
  void theDocsPageShowsTheLedger() throws IOException {
    String page = Files.readString(DOCS);
    int start = page.indexOf(LedgerMarkdown.START);
    int end = page.indexOf(LedgerMarkdown.END);
    assertThat(start).as("the ledger's start marker in %s", DOCS).isNotNegative();
    assertThat(end).as("the ledger's end marker in %s", DOCS).isGreaterThan(start);
    String shown = page.substring(start, end + LedgerMarkdown.END.length());
    String rendered = LedgerMarkdown.render(LEDGER);
    if (Boolean.getBoolean("fidelity.write") && !shown.equals(rendered)) {
      Files.writeString(DOCS, page.replace(shown, rendered));
      shown = rendered;
    }
    assertThat(shown).as("the ledger section of %s (rewrite it with -Dfidelity.write=true)", DOCS).isEqualTo(rendered);
  }

  @Nested
  class Served {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub(StubSettings.ephemeral().withControlApi(ControlApiSettings.OPEN));

    @Test
    void getFidelityAnswersTheWholeLedgerWithItsGrades() {
      StubHttp.Reply reply = STUB.http().create("").rootPath("/__stub/fidelity").method("GET").noAuth().send();

      assertThat(reply.status()).as("%s", reply).isEqualTo(200);
      assertThat(reply.contentType()).startsWith("application/json");
      assertThat(reply.result()).isEqualTo(LEDGER.document());
      assertThat(reply.result().at("/entries/0/grade").asText()).isIn(FidelityLedger.GRADES);
    }
  }

  @Nested
  class NotServedWithoutTheControlApi {

    @RegisterExtension
    static final RunningStub STUB = new RunningStub();

    @Test
    void getFidelityIsNoRoute() {
      StubHttp.Reply reply = STUB.http().create("").rootPath("/__stub/fidelity").method("GET").noAuth().send();

      Expect.failure(reply, 404, 7000, null);
    }
  }

  private static Stream<LedgerEntry> ledgerOf(String kind) {
    return LEDGER.entries().stream().filter(entry -> kind.equals(entry.kind()));
  }

  private static void leaves(JsonNode node, String pointer, Set<String> into) {
    if (!node.isObject()) {
      into.add(pointer);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      leaves(field.getValue(), pointer + "/" + field.getKey(), into);
    }
  }
}
