package dev.strata.runtime.internal.source;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.internal.history.HistoryRow;
import java.util.List;
import java.util.Objects;

/**
 * One validated migration set: its source and the descriptors it listed when loaded, versions 1 to
 * n in order.
 */
public record MigrationSet(
    String name, MigrationSource source, List<MigrationDescriptor> migrations) {

  public MigrationSet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    migrations = List.copyOf(migrations);
  }

  public String sourceClass() {
    return source.getClass().getName();
  }

  /** The descriptor of {@code version}, which must be between 1 and the newest version. */
  public MigrationDescriptor migration(int version) {
    return migrations.get(version - 1);
  }

  public int newestVersion() {
    return migrations.size();
  }

  /** The rows of this set among {@code rows}, in their order. */
  public List<HistoryRow> rowsIn(List<HistoryRow> rows) {
    return rows.stream().filter(row -> row.set().equals(name)).toList();
  }
}
