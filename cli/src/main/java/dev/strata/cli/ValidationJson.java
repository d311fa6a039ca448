package dev.strata.cli;

import dev.strata.runtime.ValidationProblem;
import dev.strata.runtime.ValidationReport;
import dev.strata.runtime.ViewDrift;
import java.util.StringJoiner;

/**
 * Writes a {@link ValidationReport} as JSON, for scripts: {@code {"valid": true, "drifted": false,
 * "applied": 3, "pending": 0, "problems": [...], "drift": [...]}}; a problem has {@code set},
 * {@code version}, {@code kind} and {@code message}, a drifted view {@code view}, {@code change}
 * ({@code CHANGED}, {@code DROPPED}, {@code ADDED}), {@code recorded}, {@code current} (null where
 * absent) and {@code diff}.
 */
final class ValidationJson {

  private ValidationJson() {}

  static String of(ValidationReport report) {
    StringJoiner problems = new StringJoiner(",\n", "[\n", "\n]");
    problems.setEmptyValue("[]");
    for (ValidationProblem p : report.problems()) {
      problems.add(
          "  {\"set\": "
              + StatusJson.string(p.set())
              + ", \"version\": "
              + p.version()
              + ", \"kind\": "
              + StatusJson.string(p.kind().name())
              + ", \"message\": "
              + StatusJson.string(p.message())
              + "}");
    }
    StringJoiner drift = new StringJoiner(",\n", "[\n", "\n]");
    drift.setEmptyValue("[]");
    for (ViewDrift d : report.drift()) {
      drift.add(
          "  {\"view\": "
              + StatusJson.string(d.view())
              + ", \"change\": "
              + StatusJson.string(d.change().name())
              + ", \"recorded\": "
              + nullable(d.recorded())
              + ", \"current\": "
              + nullable(d.current())
              + ", \"diff\": "
              + StatusJson.string(d.diff())
              + "}");
    }
    return "{\"valid\": "
        + report.valid()
        + ", \"drifted\": "
        + report.drifted()
        + ", \"applied\": "
        + report.applied()
        + ", \"pending\": "
        + report.pending()
        + ",\n\"problems\": "
        + problems
        + ",\n\"drift\": "
        + drift
        + "}";
  }

  private static String nullable(String value) {
    return value == null ? "null" : StatusJson.string(value);
  }
}
