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
 * A {@link StatusReport} as Actuator shows it: under {@code sets}, for each migration set, the
 * version the database is at and the migrations pending, plus those running elsewhere now, failed,
 * or missing from the code, or changed in the code after they were applied, if any. The sets have a
 * key of their own, as Flyway's endpoint nests its beans, so that no set's name ({@code drift},
 * {@code error}) collides with what health and info add beside them.
 *
 * <pre>{@code
 * {"sets": {"main": {"version": 3, "pending": ["V0004 Create product_sales"]}}}
 * }</pre>
 */
final class StatusDetails {

  /** The key of the sets, beside which health puts {@code drift} and Actuator {@code error}. */
  static final String SETS = "sets";

  private StatusDetails() {}

  static Map<String, Object> of(StatusReport report) {
    // sorted: sets appear in the same order on every call
    Map<String, Object> sets = new TreeMap<>();
    for (MigrationInfo migration : report.migrations()) {
      sets.computeIfAbsent(migration.set(), set -> ofSet(report, set));
    }
    return Map.of(SETS, sets);
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
