package dev.magicgre.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the catalogue once: each scenario's request, its answer checked against the stub's contract, then
 * normalised and recorded or compared; at the end every tunnel the run created is deleted, also when a scenario
 * failed (and any other tunnel whose name carries the run's prefix, in case an answer was lost). Prints only
 * scenario names, statuses, codes and normalised values: never a credential.
 */
final class ParityRun {

  private final ParityOptions options;
  private final ApiCaller caller;
  private final Snapshots snapshots;
  private final RunState state;
  private final Normaliser normaliser;
  private final PrintStream out;

  ParityRun(ParityOptions options, ObjectMapper mapper, PrintStream out) {
    this.options = options;
    this.caller = new ApiCaller(mapper, options);
    this.snapshots = new Snapshots(mapper);
    this.state = new RunState(options.account(), options.cloudflareEndpoint());
    this.normaliser = new Normaliser(state, List.of(nullToEmpty(options.token()), nullToEmpty(options.key()),
        nullToEmpty(options.email())));
    this.out = out;
  }

  /** 0 when every scenario passed, nothing differed from the recording and the clean-up deleted everything. */
  int run(List<Scenario> catalogue) {
    int passed = 0;
    int failed = 0;
    int differences = 0;
    out.println("parity run " + state.prefix() + ": " + options.describe());
    try {
      for (Scenario scenario : catalogue) {
        Answer answer;
        try {
          answer = caller.send(scenario.call().apply(state));
        } catch (IOException | RuntimeException broken) {
          failed++;
          out.println("FAIL " + scenario.name() + ": " + normaliser.redact(String.valueOf(broken.getMessage())));
          continue;
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          out.println("FAIL " + scenario.name() + ": interrupted");
          failed++;
          break;
        }
        String departure = scenario.departure(answer);
        if (departure == null) {
          passed++;
          scenario.after().accept(state, answer);
          out.println("PASS " + scenario.name() + " (" + answer.status() + ")");
        } else {
          failed++;
          out.println("FAIL " + scenario.name() + ": " + departure);
        }
        differences += recordOrCompare(scenario.name(), normaliser.snapshot(answer));
      }
    } finally {
      failed += cleanUp();
    }
    out.println(passed + " passed, " + failed + " failed");
    if (options.compare() != null) {
      out.println(differences + (differences == 1 ? " difference" : " differences") + " from " + options.compare());
    }
    return failed == 0 && differences == 0 ? 0 : 1;
  }

  private int recordOrCompare(String scenario, JsonNode snapshot) {
    try {
      if (options.record() != null) {
        snapshots.write(options.record(), scenario, snapshot);
      }
      if (options.compare() != null) {
        List<String> found = snapshots.compare(options.compare(), scenario, snapshot);
        found.forEach(difference -> out.println("DIFF " + scenario + ": " + normaliser.redact(difference)));
        return found.isEmpty() ? 0 : 1;
      }
      return 0;
    } catch (IOException unreadable) {
      out.println("DIFF " + scenario + ": snapshot not readable or writable (" + unreadable.getMessage() + ")");
      return 1;
    }
  }

  /** Deletes what the run created; answers how many deletes failed (each is a failure of the run). */
  private int cleanUp() {
    Set<String> ids = new LinkedHashSet<>(state.createdIds().values());
    ids.addAll(leftoversOfThisRun());
    int failures = 0;
    for (String id : ids) {
      try {
        Answer answer = caller.send(ApiCall.of("DELETE", state.tunnels() + "/" + id, null));
        if (answer.status() != 200 && answer.status() != 404) {
          failures++;
          out.println("CLEANUP could not delete a tunnel of this run: status " + answer.status() + " code " + answer.code());
        }
      } catch (IOException | RuntimeException broken) {
        failures++;
        out.println("CLEANUP could not delete a tunnel of this run: " + normaliser.redact(String.valueOf(broken.getMessage())));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        failures++;
        out.println("CLEANUP interrupted");
        break;
      }
    }
    out.println("cleanup: " + (ids.size() - failures) + " of " + ids.size() + " tunnels of this run deleted");
    return failures;
  }

  /** Ids of tunnels named with this run's prefix that the run did not note (an answer lost, a refusal that was not). */
  private List<String> leftoversOfThisRun() {
    List<String> found = new ArrayList<>();
    try {
      Answer list = caller.send(ApiCall.of("GET", state.tunnels(), null));
      for (JsonNode tunnel : list.body().at("/result/gre_tunnels")) {
        if (tunnel.path("name").asText().startsWith(state.prefix() + "_")) {
          found.add(tunnel.path("id").asText());
        }
      }
    } catch (IOException | RuntimeException broken) {
      out.println("CLEANUP could not list the account's tunnels: " + normaliser.redact(String.valueOf(broken.getMessage())));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    Map<String, String> noted = state.createdIds();
    found.removeAll(noted.values());
    return found;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
