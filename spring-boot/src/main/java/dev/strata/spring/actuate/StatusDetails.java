package dev.strata.spring.actuate;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.StatusReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link StatusReport} as Actuator shows it: for each migration set, the version the database is
 * at and the migrations pending, plus those running elsewhere now, failed, or missing from the
 * code, or changed in the code after they were applied, if any.
 *
 * <pre>{@code
 * {"main": {"version": 3, "pending": ["V0004 Create product_sales"]}}
 * }</pre>
 */
final class StatusDetails {

  private StatusDetails() {}

  static Map<String, Object> of(StatusReport report) {
    // sorted: sets appear in the same order on every call
    Map<String, Object> sets = new TreeMap<>();
    for (MigrationInfo migration : report.migrations()) {
      sets.computeIfAbsent(migration.set(), set -> ofSet(report, set));
    }
    return sets;
  }

  private static Map<String, Object> ofSet(StatusReport report, String set) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", report.currentVersion(set));
    details.put("pending", named(report.pending(), set));
    // in progress elsewhere: not a failure, upgrades wait for it
    putIfAny(details, "running", report, MigrationState.RUNNING, set);
    putIfAny(details, "failed", report, MigrationState.FAILED, set);
    // applied, then edited in the code: upgrades refuse until it is put back
    putIfAny(details, "changed", report, MigrationState.CHANGED, set);
    putIfAny(details, "missingFromCode", report, MigrationState.MISSING, set);
    return details;
  }

  private static void putIfAny(
      Map<String, Object> details,
      String key,
      StatusReport report,
      MigrationState state,
      String set) {
    List<String> named =
        named(report.migrations().stream().filter(m -> m.state() == state).toList(), set);
    if (!named.isEmpty()) {
      details.put(key, named);
    }
  }

  private static List<String> named(List<MigrationInfo> migrations, String set) {
    return migrations.stream()
        .filter(m -> m.set().equals(set))
        .map(m -> String.format(Locale.ROOT, "V%04d %s", m.version(), m.description()))
        .toList();
  }
}
