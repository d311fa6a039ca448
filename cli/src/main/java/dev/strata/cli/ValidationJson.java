package dev.strata.cli;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.ValidationProblem;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Writes a {@link ValidationReport} as JSON, for scripts: {@code {"valid": true, "drifted": false,
 * "applied": 3, "pending": 0, "problems": [...], "drift": [...]}}; a problem has {@code set},
 * {@code version}, {@code kind} and {@code message}, a drifted view {@code view}, {@code change}
 * ({@code CHANGED}, {@code DROPPED}, {@code ADDED}), {@code recorded}, {@code current} (null where
 * absent), {@code diff} and {@code options}, those changed by hand: each {@code name}, {@code
 * recorded} and {@code current} (null where unset); {@code running} lists the runs another instance
 * is carrying out now, each with {@code set}, {@code version}, {@code description}, {@code
 * downgrade}, {@code heldBy} and {@code runningSince} (null for a downgrade), as the text report's
 * "In progress" lines; {@code unfinished} lists the runs, of any set, that did not finish, each
 * with {@code set}, {@code version}, {@code description} and {@code state} ({@code RUNNING} or
 * {@code FAILED}): while there is one, drift was not looked for, and an empty {@code drift} says
 * nothing.
 */
final class ValidationJson {

  private ValidationJson() {}

  static String of(ValidationReport report) {
    return "{\"valid\": "
        + report.valid()
        + ", \"drifted\": "
        + report.drifted()
        + ", \"applied\": "
        + report.applied()
        + ", \"pending\": "
        + report.pending()
        + ",\n\"problems\": "
        + array(report.problems(), ValidationJson::problem)
        + ",\n\"drift\": "
        + array(report.drift(), ValidationJson::drift)
        + ",\n\"running\": "
        + array(report.running(), ValidationJson::running)
        + ",\n\"unfinished\": "
        + array(report.unfinished(), ValidationJson::unfinished)
        + "}";
  }

  // one entry per line, so that a diff of two reports reads entry by entry
  private static <T> String array(List<T> entries, Function<T, String> entry) {
    StringJoiner array = new StringJoiner(",\n", "[\n", "\n]");
    array.setEmptyValue("[]");
    for (T each : entries) {
      array.add("  " + entry.apply(each));
    }
    return array.toString();
  }

  private static String problem(ValidationProblem p) {
    return "{\"set\": "
        + StatusJson.string(p.set())
        + ", \"version\": "
        + p.version()
        + ", \"kind\": "
        + StatusJson.string(p.kind().name())
        + ", \"message\": "
        + StatusJson.string(CliWording.of(p.message()))
        + "}";
  }

  private static String drift(ViewDrift d) {
    return "{\"view\": "
        + StatusJson.string(d.view())
        + ", \"change\": "
        + StatusJson.string(d.change().name())
        + ", \"recorded\": "
        + nullable(d.recorded())
        + ", \"current\": "
        + nullable(d.current())
        + ", \"diff\": "
        + StatusJson.string(d.diff())
        + ", \"options\": "
        + options(d)
        + "}";
  }

  private static String running(ActiveRun run) {
    return "{\"set\": "
        + StatusJson.string(run.set())
        + ", \"version\": "
        + run.version()
        + ", \"description\": "
        + StatusJson.string(run.description())
        + ", \"downgrade\": "
        + run.downgrade()
        + ", \"heldBy\": "
        + StatusJson.string(run.heldBy())
        + ", \"runningSince\": "
        + (run.since() == null ? "null" : StatusJson.string(run.since().toString()))
        + "}";
  }

  private static String unfinished(MigrationInfo run) {
    return "{\"set\": "
        + StatusJson.string(run.set())
        + ", \"version\": "
        + run.version()
        + ", \"description\": "
        + StatusJson.string(run.description())
        + ", \"state\": "
        + StatusJson.string(run.state().name())
        + "}";
  }

  private static String options(ViewDrift drift) {
    StringJoiner options = new StringJoiner(", ", "[", "]");
    for (ViewDrift.Option option : drift.options()) {
      options.add(
          "{\"name\": "
              + StatusJson.string(option.name())
              + ", \"recorded\": "
              + nullable(option.recorded())
              + ", \"current\": "
              + nullable(option.current())
              + "}");
    }
    return options.toString();
  }

  private static String nullable(String value) {
    return value == null ? "null" : StatusJson.string(value);
  }
}
