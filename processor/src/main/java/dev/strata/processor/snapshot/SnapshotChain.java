package dev.strata.processor.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks that the snapshots of a folder form one chain: versions 1 to n, one file each, each naming
 * the one before it as its parent, all of one set. A merge of two branches that each recorded a
 * version breaks it, and the error says how to mend it.
 */
final class SnapshotChain {

  private SnapshotChain() {}

  static SnapshotHistory check(Path folder, List<StoredSnapshot> snapshots)
      throws SnapshotException {
    Map<Integer, List<StoredSnapshot>> byVersion =
        snapshots.stream()
            .collect(
                Collectors.groupingBy(
                    stored -> stored.snapshot().version(), TreeMap::new, Collectors.toList()));
    for (List<StoredSnapshot> sameVersion : byVersion.values()) {
      if (sameVersion.size() > 1) {
        throw new SnapshotException(sameVersion.get(1).file(), branchesMerged(sameVersion));
      }
    }
    for (int i = 0; i < snapshots.size(); i++) {
      StoredSnapshot stored = snapshots.get(i);
      if (stored.snapshot().version() != i + 1) {
        throw new SnapshotException(
            stored.file(),
            "snapshot "
                + String.format(Locale.ROOT, "%04d", i + 1)
                + " is missing before it; restore it from"
                + " version control");
      }
      if (i > 0) {
        checkParent(snapshots.get(i - 1), stored);
      }
      checkSet(snapshots.get(0), stored);
    }
    return new SnapshotHistory(snapshots);
  }

  private static void checkParent(StoredSnapshot previous, StoredSnapshot stored)
      throws SnapshotException {
    String parent = stored.snapshot().parent().orElse("");
    if (!parent.equals(previous.id())) {
      throw new SnapshotException(
          stored.file(),
          "it follows "
              + parent
              + ", but the snapshot before it is "
              + previous.id()
              + ": it was recorded on another branch. Delete it and the later snapshots of that"
              + " branch, then compile: Strata records the views as the next version");
    }
  }

  private static void checkSet(StoredSnapshot first, StoredSnapshot stored)
      throws SnapshotException {
    if (!stored.snapshot().set().equals(first.snapshot().set())) {
      throw new SnapshotException(
          stored.file(),
          "it belongs to set \""
              + stored.snapshot().set()
              + "\" but "
              + first.file().getFileName()
              + " to set \""
              + first.snapshot().set()
              + "\"; one folder holds one set");
    }
  }

  private static String branchesMerged(List<StoredSnapshot> sameVersion) {
    String files =
        sameVersion.stream()
            .map(stored -> stored.file().getFileName().toString())
            .collect(Collectors.joining(" and "));
    int version = sameVersion.get(0).snapshot().version();
    return files
        + " both claim version "
        + version
        + ": two branches each recorded a new version and were merged. To resolve it: (1) keep"
        + " the snapshot that shared databases already applied (normally the one merged first)"
        + " and delete the other, with every later snapshot of its branch; (2) compile, and"
        + " Strata records the views of both branches as the next version; (3) commit the new"
        + " snapshot. A database that applied the deleted version (a developer's own) must first"
        + " be downgraded below "
        + version
        + " with the build that still has it, or be recreated";
  }
}
