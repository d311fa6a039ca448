package dev.strata.processor.snapshot;

import java.nio.file.Path;
import java.util.List;
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
                    stored -> stored.header().version(), TreeMap::new, Collectors.toList()));
    for (List<StoredSnapshot> sameVersion : byVersion.values()) {
      if (sameVersion.size() > 1) {
        throw new SnapshotException(sameVersion.get(1).file(), branchesMerged(sameVersion));
      }
    }
    for (int i = 0; i < snapshots.size(); i++) {
      StoredSnapshot stored = snapshots.get(i);
      if (stored.header().version() != i + 1) {
        throw new SnapshotException(stored.file(), SnapshotMessages.missingBefore(i + 1));
      }
      if (i > 0) {
        checkParent(snapshots.get(i - 1), stored);
      }
      checkSet(snapshots.get(0), stored);
    }
    checkStepsOnce(snapshots);
    return new SnapshotHistory(snapshots);
  }

  private static void checkParent(StoredSnapshot previous, StoredSnapshot stored)
      throws SnapshotException {
    String parent = stored.header().parent().orElse("");
    if (!parent.equals(previous.id())) {
      throw new SnapshotException(
          stored.file(), SnapshotMessages.otherBranch(parent, previous.id()));
    }
  }

  private static void checkStepsOnce(List<StoredSnapshot> snapshots) throws SnapshotException {
    Map<String, Integer> versionOf = new TreeMap<>();
    for (StoredSnapshot stored : snapshots) {
      for (var step : stored.header().steps()) {
        Integer first = versionOf.putIfAbsent(step.className(), stored.header().version());
        if (first != null) {
          throw new SnapshotException(
              stored.file(),
              SnapshotMessages.stepTwice(step.className(), first, stored.header().version()));
        }
      }
    }
  }

  private static void checkSet(StoredSnapshot first, StoredSnapshot stored)
      throws SnapshotException {
    if (!stored.header().set().equals(first.header().set())) {
      throw new SnapshotException(
          stored.file(),
          SnapshotMessages.otherSet(
              stored.header().set(), first.file().getFileName(), first.header().set()));
    }
  }

  private static String branchesMerged(List<StoredSnapshot> sameVersion) {
    String files =
        sameVersion.stream()
            .map(stored -> stored.file().getFileName().toString())
            .collect(Collectors.joining(" and "));
    return SnapshotMessages.branchesMerged(files, sameVersion.get(0).header().version());
  }
}
