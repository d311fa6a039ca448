package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.StatusReport;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes a {@link StatusReport} as JSON, for scripts: {@code {"migrations": [{"set": "main",
 * "version": 1, ...}]}}, in the report's order, with {@code null} where a value is absent. A
 * migration in state {@code RUNNING} also has {@code "heldBy"} (who holds the migration lock) and
 * {@code "runningSince"} (null for a downgrade). Every character outside printable ASCII is written
 * as JSON's escape of it, a backslash, u and four hex digits.
 */
final class StatusJson {

  private StatusJson() {}

  static String of(StatusReport report) {
    StringJoiner migrations = new StringJoiner(",\n", "{\"migrations\": [\n", "\n]}");
    migrations.setEmptyValue("{\"migrations\": []}");
    for (MigrationInfo m : report.migrations()) {
      migrations.add(
          "  {\"set\": "
              + string(m.set())
              + ", \"version\": "
              + m.version()
              + ", \"description\": "
              + string(m.description())
              + ", \"checksum\": "
              + string(m.checksum())
              + ", \"state\": "
              + string(m.state().name())
              + ", \"appliedAt\": "
              + (m.appliedAt() == null ? "null" : string(m.appliedAt().toString()))
              + ", \"executionMillis\": "
              + m.executionMillis()
              + running(report, m)
              + "}");
    }
    return migrations.toString();
  }

  private static String running(StatusReport report, MigrationInfo m) {
    return report.running().stream()
        .filter(run -> run.set().equals(m.set()) && run.version() == m.version())
        .findFirst()
        .map(
            run ->
                ", \"heldBy\": "
                    + string(run.heldBy())
                    + ", \"runningSince\": "
                    + (run.since() == null ? "null" : string(run.since().toString())))
        .orElse("");
  }

  static String string(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          // ASCII alone, so that the JSON reads the same in every locale: under none (LANG=C)
          // Java 17 prints each other character as ?
          if (c < 0x20 || c > 0x7e) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
