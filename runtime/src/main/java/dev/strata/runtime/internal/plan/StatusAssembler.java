package dev.strata.runtime.internal.plan;

import dev.strata.runtime.ActiveRun;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.source.MigrationSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the descriptors of every set with the history rows into a {@link StatusReport}; lenient,
 * since a status is what people ask for when something is wrong.
 */
public final class StatusAssembler {

  private StatusAssembler() {}

  public static StatusReport assemble(List<MigrationSet> sets, List<HistoryRow> rows) {
    return assemble(sets, rows, List.of());
  }

  /**
   * @param running the unfinished runs whose holder is alive: RUNNING, not FAILED
   */
  public static StatusReport assemble(
      List<MigrationSet> sets, List<HistoryRow> rows, List<ActiveRun> running) {
    Set<String> live = new HashSet<>();
    running.forEach(run -> live.add(key(run.set(), run.version())));
    Map<String, HistoryRow> applied = new HashMap<>();
    for (HistoryRow row : rows) {
      applied.put(key(row.set(), row.version()), row);
    }
    List<MigrationInfo> infos = new ArrayList<>();
    for (MigrationSet set : sets) {
      for (MigrationDescriptor code : set.migrations()) {
        HistoryRow row = applied.remove(key(set.name(), code.version()));
        infos.add(row == null ? pending(set.name(), code) : recorded(code, row, live));
      }
    }
    // what is left is in the database only; StatusReport sorts, so map order does not leak
    for (HistoryRow row : applied.values()) {
      infos.add(missing(row, live));
    }
    return new StatusReport(infos, running);
  }

  /**
   * The runs that did not finish, of every set, loaded or not: {@code RUNNING} where their holder
   * is alive, else {@code FAILED}; by set, then by version.
   *
   * @param running the unfinished runs whose holder is alive
   */
  public static List<MigrationInfo> unfinished(List<HistoryRow> rows, List<ActiveRun> running) {
    Set<String> live = new HashSet<>();
    running.forEach(run -> live.add(key(run.set(), run.version())));
    return rows.stream()
        .filter(row -> !row.success())
        .map(row -> missing(row, live))
        .sorted(Comparator.comparing(MigrationInfo::set).thenComparing(MigrationInfo::version))
        .toList();
  }

  public static MigrationInfo pending(String set, MigrationDescriptor code) {
    return new MigrationInfo(
        set,
        code.version(),
        code.description(),
        code.checksum(),
        MigrationState.PENDING,
        null,
        null);
  }

  private static MigrationInfo recorded(
      MigrationDescriptor code, HistoryRow row, Set<String> live) {
    MigrationInfo applied = applied(code, row);
    if (!row.success()) {
      return withState(applied, unfinished(row, live));
    }
    return row.checksum().equals(code.checksum())
        ? applied
        : withState(applied, MigrationState.CHANGED);
  }

  public static MigrationInfo applied(MigrationDescriptor code, HistoryRow row) {
    return new MigrationInfo(
        row.set(),
        row.version(),
        code.description(),
        code.checksum(),
        MigrationState.APPLIED,
        row.appliedAt(),
        row.executionMillis());
  }

  private static MigrationState unfinished(HistoryRow row, Set<String> live) {
    return live.contains(key(row.set(), row.version()))
        ? MigrationState.RUNNING
        : MigrationState.FAILED;
  }

  private static MigrationInfo missing(HistoryRow row, Set<String> live) {
    return new MigrationInfo(
        row.set(),
        row.version(),
        row.description(),
        row.checksum(),
        row.success() ? MigrationState.MISSING : unfinished(row, live),
        row.appliedAt(),
        row.executionMillis());
  }

  private static MigrationInfo withState(MigrationInfo info, MigrationState state) {
    return new MigrationInfo(
        info.set(),
        info.version(),
        info.description(),
        info.checksum(),
        state,
        info.appliedAt(),
        info.executionMillis());
  }

  private static String key(String set, int version) {
    return set + '\u0000' + version;
  }
}
