package dev.strata.maven;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.maven.plugin.logging.Log;

/**
 * The runtime's log ({@code java.util.logging}'s {@code dev.strata.runtime}, where its {@code
 * System.Logger} writes by default) routed to Maven's for one goal, as the command line shows it:
 * each goal reports what it applied or reverted, and a failure is the goal's own error, so the
 * runtime's lines of those (INFO, ERROR) are Maven's debug output ({@code -X}), and its warnings
 * are Maven warnings. Without it, each migration was logged twice, once in the runtime's format on
 * standard error. Restored on {@link #close()}: the plugin shares the JVM with the build.
 */
final class RuntimeLog implements AutoCloseable {

  static final String NAME = "dev.strata.runtime";

  // java.util.logging holds loggers weakly: the field keeps the configured one
  private final Logger logger;
  private final Handler handler;
  private final boolean parentHandlers;
  private final Level level;

  private RuntimeLog(Logger logger, Handler handler) {
    this.logger = logger;
    this.handler = handler;
    this.parentHandlers = logger.getUseParentHandlers();
    this.level = logger.getLevel();
  }

  /** Routes the runtime's log to {@code log} until {@link #close()}. */
  static RuntimeLog routeTo(Log log) {
    Logger logger = Logger.getLogger(NAME);
    RuntimeLog routed = new RuntimeLog(logger, new MavenHandler(log));
    logger.addHandler(routed.handler);
    logger.setUseParentHandlers(false);
    logger.setLevel(log.isDebugEnabled() ? Level.ALL : Level.WARNING);
    return routed;
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(parentHandlers);
    logger.setLevel(level);
  }

  private static final class MavenHandler extends Handler {

    private final Log log;

    private MavenHandler(Log log) {
      this.log = log;
    }

    @Override
    public void publish(LogRecord record) {
      String message = record.getMessage();
      int level = record.getLevel().intValue();
      if (level >= Level.SEVERE.intValue() || level < Level.WARNING.intValue()) {
        log.debug(message, record.getThrown());
      } else {
        log.warn(message, record.getThrown());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
