package dev.magicgre.stub.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import org.junit.jupiter.api.Test;

class ConsoleLoggingTest {

  @Test
  void withoutAConfigurationOfItsOwnTheStubLogsToTheConsoleWithGlassfishAtWarn() {
    LoggerContext context = new LoggerContext();
    ConsoleLogging logging = new ConsoleLogging();
    logging.setContext(context);

    assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender("CONSOLE")).isNotNull();
    assertThat(root.getLevel()).isEqualTo(Level.toLevel(System.getenv(ConsoleLogging.LEVEL_VARIABLE), Level.INFO));
    assertThat(context.getLogger("org.glassfish.grizzly").getEffectiveLevel()).isEqualTo(Level.WARN);
  }

  @Test
  void aConfigurationFileNamedByTheUserIsLeftToLogback() {
    LoggerContext context = new LoggerContext();
    ConsoleLogging logging = new ConsoleLogging();
    logging.setContext(context);
    System.setProperty("logback.configurationFile", "elsewhere.xml");
    try {
      assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE")).isNull();
    } finally {
      System.clearProperty("logback.configurationFile");
    }
  }
}
