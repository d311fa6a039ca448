package dev.strata.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The migrations of every set, applied or not, as {@link Strata#status()} found them; its {@link
 * #toString()} is a table meant for logs and consoles.
 *
 * <pre>{@code
 * StatusReport report = strata.status();
 * System.out.println(report);
 * // SET   VERSION  DESCRIPTION            STATE    APPLIED AT
 * // main  1        Create active_users    APPLIED  2026-01-05T10:15:30Z
 * // main  2        Replace active_users   PENDING
 * int current = report.currentVersion("main");
 * }</pre>
 *
 * @param migrations every migration, sorted by set, then by version
 * @param running the runs that another session is carrying out now (state {@link
 *     MigrationState#RUNNING}), with who holds the lock and since when, sorted like {@code
 *     migrations}
 */
public record StatusReport(List<MigrationInfo> migrations, List<ActiveRun> running) {

  private static final String[] HEADERS = {"SET", "VERSION", "DESCRIPTION", "STATE", "APPLIED AT"};

  public StatusReport {
    List<MigrationInfo> sorted = new ArrayList<>(migrations);
    sorted.sort(Comparator.comparing(MigrationInfo::set).thenComparingInt(MigrationInfo::version));
    migrations = List.copyOf(sorted);
    List<ActiveRun> runs = new ArrayList<>(running);
    runs.sort(Comparator.comparing(ActiveRun::set).thenComparingInt(ActiveRun::version));
    running = List.copyOf(runs);
  }

  /** A report in which no run is in progress. */
  public StatusReport(List<MigrationInfo> migrations) {
    this(migrations, List.of());
  }

  /**
   * The migrations applied in the database, including those absent from the code (MISSING) and
   * those changed since (CHANGED).
   */
  public List<MigrationInfo> applied() {
    return migrations.stream()
        .filter(
            m ->
                m.state() == MigrationState.APPLIED
                    || m.state() == MigrationState.MISSING
                    || m.state() == MigrationState.CHANGED)
        .toList();
  }

  /**
   * The migrations that stop upgrades until someone acts: runs that did not finish (FAILED) and
   * migrations changed after they were applied (CHANGED).
   */
  public List<MigrationInfo> needingAttention() {
    return migrations.stream()
        .filter(m -> m.state() == MigrationState.FAILED || m.state() == MigrationState.CHANGED)
        .toList();
  }

  /** The migrations whose run did not finish: {@link Strata#repair()} deals with them. */
  public List<MigrationInfo> failed() {
    return migrations.stream().filter(m -> m.state() == MigrationState.FAILED).toList();
  }

  /**
   * The migrations applied in the database that the code lacks, which upgrades and {@link
   * Strata#validate()} refuse.
   */
  public List<MigrationInfo> missing() {
    return migrations.stream().filter(m -> m.state() == MigrationState.MISSING).toList();
  }

  /** The migrations that {@link Strata#upgrade()} would apply. */
  public List<MigrationInfo> pending() {
    return migrations.stream().filter(m -> m.state() == MigrationState.PENDING).toList();
  }

  /** The highest version of {@code set} applied in the database, or 0 if none is. */
  public int currentVersion(String set) {
    Objects.requireNonNull(set, "set");
    return applied().stream()
        .filter(m -> m.set().equals(set))
        .mapToInt(MigrationInfo::version)
        .max()
        .orElse(0);
  }

  /**
   * A table with one line per migration, columns aligned; then one line per run in progress, with
   * who holds the lock.
   */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADERS);
    for (MigrationInfo m : migrations) {
      rows.add(
          new String[] {
            m.set(),
            Integer.toString(m.version()),
            m.description(),
            m.state().name(),
            m.appliedAt() == null ? "" : m.appliedAt().toString()
          });
    }
    int[] widths = new int[HEADERS.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder table = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i])).append("  ");
      }
      table.append(line.toString().stripTrailing()).append('\n');
    }
    for (ActiveRun run : running) {
      table.append(run).append('\n');
    }
    return table.toString();
  }
}
