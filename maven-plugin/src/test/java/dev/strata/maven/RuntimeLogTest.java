package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/**
 * The runtime's log during a goal, as Maven shows it: warnings as Maven's, the runtime's own
 * progress and failure lines (which the goal reports itself) at debug only, nothing after the goal.
 */
class RuntimeLogTest {

  private static final System.Logger RUNTIME = System.getLogger(RuntimeLog.NAME);

  @Test
  void warningsAreMavensAndProgressAndFailuresAreDebugOnlyWhileTheGoalRuns() {
    CapturingLog log = new CapturingLog(true);

    try (RuntimeLog routed = RuntimeLog.routeTo(log)) {
      RUNTIME.log(System.Logger.Level.INFO, "Applied V0001 \"Create one\" of set main in 3 ms");
      RUNTIME.log(System.Logger.Level.WARNING, "Migration lock on a Galera node");
      RUNTIME.log(System.Logger.Level.ERROR, "Migration V0002 failed");
    }
    RUNTIME.log(System.Logger.Level.WARNING, "after the goal");

    assertEquals(
        List.of(
            "debug: Applied V0001 \"Create one\" of set main in 3 ms",
            "warn: Migration lock on a Galera node",
            "debug: Migration V0002 failed"),
        log.lines);
  }

  @Test
  void withoutDebugOnlyTheWarningsReachTheLog() {
    CapturingLog log = new CapturingLog(false);

    try (RuntimeLog routed = RuntimeLog.routeTo(log)) {
      RUNTIME.log(System.Logger.Level.INFO, "Applied V0001");
      RUNTIME.log(System.Logger.Level.WARNING, "Migration lock on a Galera node");
    }

    assertEquals(List.of("warn: Migration lock on a Galera node"), log.lines);
  }

  /** Maven's log, keeping each line it is given with its level. */
  private static final class CapturingLog extends SystemStreamLog {

    private final boolean debug;
    private final List<String> lines = new ArrayList<>();

    private CapturingLog(boolean debug) {
      this.debug = debug;
    }

    @Override
    public boolean isDebugEnabled() {
      return debug;
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
      if (debug) {
        lines.add("debug: " + content);
      }
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
      lines.add("warn: " + content);
    }
  }
}
