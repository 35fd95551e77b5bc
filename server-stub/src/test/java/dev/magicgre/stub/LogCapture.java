package dev.magicgre.stub;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Captures the whole log at every level (Grizzly's and Jersey's java.util.logging routed to SLF4J as
 * {@code StubMain} does), the console detached meanwhile; {@link #close()} puts everything back. For tests that
 * search every log event for something that must not be there.
 */
public final class LogCapture implements AutoCloseable {

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
  private final Level rootLevel;
  private final java.util.logging.Level julLevel;

  private LogCapture() {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("");
    julLevel = jul.getLevel();
    jul.setLevel(java.util.logging.Level.ALL);
    Logger root = root();
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    context().getLogger("org.glassfish").setLevel(Level.ALL);
    context().getLogger("com.zaxxer").setLevel(Level.ALL);
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      detached.add(it.next());
    }
    detached.forEach(root::detachAppender);
    captured.start();
    root.addAppender(captured);
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  /**
   * The events so far, copied under the appender's lock: the server's threads may still be logging, and
   * iterating the appender's own list meanwhile failed with a ConcurrentModificationException.
   */
  public List<ILoggingEvent> events() {
    synchronized (captured) { // AppenderBase.doAppend holds this lock while it adds
      return List.copyOf(captured.list);
    }
  }

  /** Everything an appender could write about an event: the message, its arguments, the whole throwable. */
  public static String logged(ILoggingEvent event) {
    StringBuilder text = new StringBuilder(event.getLoggerName()).append(": ")
        .append(event.getFormattedMessage()).append('\n');
    if (event.getArgumentArray() != null) {
      for (Object argument : event.getArgumentArray()) {
        text.append(argument).append('\n');
      }
    }
    for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
      text.append(thrown.getClassName()).append(": ").append(thrown.getMessage()).append('\n');
      for (StackTraceElementProxy frame : thrown.getStackTraceElementProxyArray()) {
        text.append(frame.getSTEAsString()).append('\n');
      }
    }
    return text.toString();
  }

  @Override
  public void close() {
    Logger root = root();
    root.detachAppender(captured);
    detached.forEach(root::addAppender);
    root.setLevel(rootLevel);
    context().getLogger("org.glassfish").setLevel(Level.WARN);
    context().getLogger("com.zaxxer").setLevel(null);
    java.util.logging.Logger.getLogger("").setLevel(julLevel);
    SLF4JBridgeHandler.uninstall();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static LoggerContext context() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }
}
