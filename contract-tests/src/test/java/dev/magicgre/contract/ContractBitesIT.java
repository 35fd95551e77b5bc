package dev.magicgre.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract bites: the same pacts, verified against a stub broken on purpose, fail and say where.
 * The healthy stub, verified the same way, passes: the harness itself is not what fails.
 */
class ContractBitesIT {

  @ParameterizedTest
  @EnumSource(Breakage.class)
  void verificationFailsAgainstABrokenProvider(Breakage breakage) {
    TestExecutionSummary summary = verifyAgainst(breakage);

    assertThat(summary.getTestsStartedCount()).isPositive();
    assertThat(summary.getTotalFailureCount()).as("failed interactions").isPositive();
    assertThat(summary.getFailures()).as("every failure is in the interaction broken, and names what broke")
        .allSatisfy(failure -> assertThat(failure.getTestIdentifier().getDisplayName() + ": " + failure.getException().getMessage())
            .contains(breakage.brokenInteraction())
            .contains(breakage.brokenField()));
  }

  @Test
  void verificationPassesAgainstTheHealthyStub() {
    TestExecutionSummary summary = verifyAgainst(null);

    assertThat(summary.getTestsStartedCount()).isPositive();
    assertThat(summary.getTotalFailureCount()).as(failureMessages(summary)).isZero();
  }

  private static TestExecutionSummary verifyAgainst(Breakage breakage) {
    // the broken runs must not overwrite the real verification's reports in target/pact/reports
    String reports = System.clearProperty("pact.verification.reports");
    if (breakage != null) {
      // Pact prints its mismatches to the console; say so, so nobody mistakes them for a failing build
      System.out.println("ContractBitesIT: verifying against a stub broken on purpose (" + breakage
          + "): the FAILED lines that follow are expected");
    }
    try (BrokenStub stub = BrokenStub.start(breakage)) {
      BrokenProviderVerification.target = stub;
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(BrokenProviderVerification.class)).build(),
          listener);
      return listener.getSummary();
    } finally {
      BrokenProviderVerification.target = null;
      if (reports != null) {
        System.setProperty("pact.verification.reports", reports);
      }
    }
  }

  private static String failureMessages(TestExecutionSummary summary) {
    return summary.getFailures().stream()
        .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException().getMessage())
        .collect(Collectors.joining("\n"));
  }
}
