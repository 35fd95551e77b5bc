package dev.magicgre.stub.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The stub's logging, set up in code: one console appender, the root at {@code STUB_LOG_LEVEL} (a system
 * property or an environment variable; INFO by default), Grizzly and Jersey ({@code org.glassfish}) at WARN.
 * Request bodies, tokens, keys and {@code md5_key} are never logged by the stub.
 *
 * <p>Why code and not a {@code logback.xml}: reading one loads logback's XML configurator and the JDK's XML
 * parser, over 600 classes, a measurable part of the stub's start-up (docs/benchmarks.md). Whoever brings a
 * configuration of their own keeps it: with {@code -Dlogback.configurationFile}, a {@code logback-test.xml} or a
 * {@code logback.xml} on the class path (a test JVM that runs the stub in-process, say), this steps aside and
 * logback reads that file as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

  static final String LEVEL_VARIABLE = "STUB_LOG_LEVEL";
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (anotherConfigurationIsGiven()) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setEncoder(encoder);
    console.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(levelSetting(), Level.INFO));
    root.addAppender(console);
    context.getLogger("org.glassfish").setLevel(Level.WARN);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static boolean anotherConfigurationIsGiven() {
    ClassLoader loader = ConsoleLogging.class.getClassLoader();
    return System.getProperty("logback.configurationFile") != null
        || loader.getResource("logback-test.xml") != null
        || loader.getResource("logback.xml") != null;
  }

  private static String levelSetting() {
    String level = System.getProperty(LEVEL_VARIABLE);
    return level != null ? level : System.getenv(LEVEL_VARIABLE);
  }
}
