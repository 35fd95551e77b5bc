package dev.magicgre.parity;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One request of the catalogue and what the stub's contract says it gets: a status, and where the evidence pins
 * them, the first error's code and the first code of its {@code error_chain} (0: not checked). {@code after}
 * notes what the answer created or deleted, for the next scenarios and the final clean-up.
 */
record Scenario(String name, Function<RunState, ApiCall> call, int status, int code, int chainCode,
    BiConsumer<RunState, Answer> after) {

  static Scenario expect(String name, Function<RunState, ApiCall> call, int status) {
    return new Scenario(name, call, status, 0, 0, (state, answer) -> { });
  }

  Scenario code(int expectedCode) {
    return new Scenario(name, call, status, expectedCode, chainCode, after);
  }

  Scenario chain(int expectedChainCode) {
    return new Scenario(name, call, status, code, expectedChainCode, after);
  }

  Scenario then(BiConsumer<RunState, Answer> next) {
    return new Scenario(name, call, status, code, chainCode, next);
  }

  /** Null when the answer is what the contract says, else what differs. */
  String departure(Answer answer) {
    if (answer.status() != status) {
      return "status " + answer.status() + ", expected " + status + describeCode(answer);
    }
    if (code != 0 && answer.code() != code) {
      return "code " + answer.code() + ", expected " + code;
    }
    if (chainCode != 0 && answer.chainCode() != chainCode) {
      return "error_chain code " + answer.chainCode() + ", expected " + chainCode;
    }
    return null;
  }

  private static String describeCode(Answer answer) {
    return answer.code() == 0 ? "" : " (code " + answer.code() + ")";
  }
}
