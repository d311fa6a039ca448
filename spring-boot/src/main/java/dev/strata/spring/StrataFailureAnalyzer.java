package dev.strata.spring;

import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.ValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells a startup that Strata failed as Spring Boot tells its own failures ("APPLICATION FAILED TO
 * START", a description and an action) instead of a stack trace around the runtime's message, and
 * names the {@code strata.*} properties where the runtime names its Java API ({@code
 * Configuration.lockTimeout(...)}).
 */
final class StrataFailureAnalyzer extends AbstractFailureAnalyzer<StrataException> {

  private static final String[][] PROPERTIES = {
    {"Configuration.lockTimeout(...)", "strata.lock-timeout"},
    {"Configuration.historyTable(...)", "strata.history-table"},
    {
      "Configuration.unknownMigrations(UnknownMigrations.REVERT)",
      "strata.unknown-migrations=revert"
    },
    {"failOnDrift is on", "strata.fail-on-drift is on"},
    {"turn failOnDrift off", "set strata.fail-on-drift=false"}
  };

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StrataException cause) {
    return new FailureAnalysis(
        "Strata could not migrate the database at startup: " + worded(cause.getMessage()),
        action(cause),
        cause);
  }

  private static String action(StrataException cause) {
    if (cause instanceof LockTimeoutException) {
      return "Start again once the other run has finished, or allow a longer wait with"
          + " strata.lock-timeout.";
    }
    if (cause instanceof ValidationException validation
        && validation.report().valid()
        && validation.report().drifted()) {
      // only drift refused the start, which the history and the code agree on
      return "Put the views back as the description shows, or declare the change in their @View"
          + " so that a migration makes it; strata.fail-on-drift=false starts on them as they"
          + " are.";
    }
    if (cause instanceof ValidationException validation
        && validation.report().valid()
        && !validation.report().unfinished().isEmpty()) {
      // a run of a set this application does not migrate kept drift from being looked for
      return "Have the run that did not finish repaired (strata repair) by the application that"
          + " migrates its set, then start again; strata.fail-on-drift=false starts without"
          + " looking for drift.";
    }
    if (cause instanceof ValidationException) {
      return "Make the history and the code agree as the description says; `strata validate`"
          + " shows the whole report.";
    }
    return "Correct what the description names and start again; `strata status` shows the"
        + " history. With strata.enabled=false the application starts without migrating, on the"
        + " schema as it is.";
  }

  private static String worded(String message) {
    String text = String.valueOf(message);
    for (String[] property : PROPERTIES) {
      text = text.replace(property[0], property[1]);
    }
    return text;
  }
}
