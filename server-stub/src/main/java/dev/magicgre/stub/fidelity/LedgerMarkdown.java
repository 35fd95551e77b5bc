package dev.magicgre.stub.fidelity;

import java.util.List;
import java.util.Map;

/**
 * Renders the ledger as the Markdown section of docs/stub-behaviour.md (between its two marker comments), so the
 * page is the file and a test can hold the two in step.
 */
public final class LedgerMarkdown {

  public static final String START = "<!-- fidelity-ledger:start (generated from fidelity-ledger.json by LedgerMarkdown; do not edit) -->";
  public static final String END = "<!-- fidelity-ledger:end -->";

  private static final Map<String, String> HEADINGS = Map.of(
      "error", "Error codes", "error_chain", "Codes of an error_chain", "default", "Defaults the stub fills",
      "shape", "Response shapes", "choice", "Choices", "header", "Headers");
  private static final List<String> ORDER = List.of("error", "error_chain", "default", "shape", "header", "choice");

  private LedgerMarkdown() {
  }

  public static String render(FidelityLedger ledger) {
    StringBuilder out = new StringBuilder(START).append("\n\n| grade | meaning |\n|---|---|\n");
    ledger.grades().fields().forEachRemaining(grade ->
        out.append("| ").append(grade.getKey()).append(" | ").append(cell(grade.getValue().asText())).append(" |\n"));
    for (String kind : ORDER) {
      out.append("\n#### ").append(HEADINGS.get(kind)).append("\n\n| what | grade | source | our part |\n|---|---|---|---|\n");
      for (LedgerEntry entry : ledger.entries()) {
        if (kind.equals(entry.kind())) {
          out.append("| ").append(cell(what(entry))).append(" | ").append(entry.grade()).append(" | ")
              .append(cell(entry.source())).append(" | ").append(entry.chosen() == null ? "—" : cell(entry.chosen()))
              .append(" |\n");
        }
      }
    }
    return out.append('\n').append(END).toString();
  }

  private static String what(LedgerEntry entry) {
    return switch (entry.kind()) {
      case "error" -> entry.code() + " (" + entry.status() + "): " + entry.behaviour();
      case "error_chain" -> entry.code() + ": " + entry.behaviour();
      case "default" -> "`" + entry.field() + "` = " + entry.value();
      default -> entry.behaviour();
    };
  }

  /** A table cell: pipes escaped, on one line. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
