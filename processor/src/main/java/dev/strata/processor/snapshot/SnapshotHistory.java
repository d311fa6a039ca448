package dev.strata.processor.snapshot;

import dev.strata.processor.model.Schema;
import java.nio.file.Path;
import java.util.List;

/** The snapshot chain of one module: versions 1 to n without gaps, all of one migration set. */
public record SnapshotHistory(List<Snapshot> snapshots) {

  public SnapshotHistory {
    snapshots = List.copyOf(snapshots);
    for (int i = 0; i < snapshots.size(); i++) {
      if (snapshots.get(i).version() != i + 1) {
        throw new IllegalArgumentException("Snapshot chain has a gap before version " + (i + 1));
      }
    }
  }

  /** Checks the chain the store read, naming the file at fault. */
  static SnapshotHistory of(Path folder, List<Snapshot> snapshots) throws SnapshotException {
    for (int i = 0; i < snapshots.size(); i++) {
      Snapshot snapshot = snapshots.get(i);
      int expected = i + 1;
      if (snapshot.version() != expected) {
        throw new SnapshotException(
            folder.resolve(snapshot.fileName()),
            "snapshot "
                + Snapshot.fileName(expected)
                + " is missing before it; restore it from version control");
      }
      if (!snapshot.set().equals(snapshots.get(0).set())) {
        throw new SnapshotException(
            folder.resolve(snapshot.fileName()),
            "it belongs to set \""
                + snapshot.set()
                + "\" but "
                + Snapshot.fileName(1)
                + " to set \""
                + snapshots.get(0).set()
                + "\"; one folder holds one set");
      }
    }
    return new SnapshotHistory(snapshots);
  }

  public boolean isEmpty() {
    return snapshots.isEmpty();
  }

  public int newestVersion() {
    return snapshots.size();
  }

  /** The schema at {@code version}; version 0 is the empty schema before any migration. */
  public Schema schemaAt(int version) {
    return version == 0 ? Schema.EMPTY : snapshots.get(version - 1).schema();
  }

  public Schema newestSchema() {
    return schemaAt(newestVersion());
  }
}
