package dev.strata.processor.snapshot;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.StepDefinition;
import java.util.List;
import java.util.Optional;

/** The checked snapshot chain of one module: versions 1 to n, each following the one before. */
public record SnapshotHistory(List<StoredSnapshot> stored) {

  public SnapshotHistory {
    stored = List.copyOf(stored);
    for (int i = 0; i < stored.size(); i++) {
      if (stored.get(i).header().version() != i + 1) {
        throw new IllegalArgumentException("Snapshot chain has a gap before version " + (i + 1));
      }
    }
  }

  /** Every snapshot, each decoded: a build that needs only some asks for those alone. */
  public List<Snapshot> snapshots() {
    return stored.stream().map(StoredSnapshot::snapshot).toList();
  }

  /** The migration set of the chain; every snapshot of it names the same. */
  public Optional<String> set() {
    return isEmpty() ? Optional.empty() : Optional.of(stored.get(0).header().set());
  }

  public boolean isEmpty() {
    return stored.isEmpty();
  }

  public int newestVersion() {
    return stored.size();
  }

  /** The id a new snapshot names as its parent; empty before the first. */
  public Optional<String> newestId() {
    return isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1).id());
  }

  /** The schema at {@code version}; version 0 is the empty schema before any migration. */
  public Schema schemaAt(int version) {
    return version == 0 ? Schema.EMPTY : stored.get(version - 1).snapshot().schema();
  }

  /** The hand-written steps of {@code version}; none for version 0. */
  public List<StepDefinition> stepsAt(int version) {
    return version == 0 ? List.of() : stored.get(version - 1).header().steps();
  }

  /** The version whose snapshot records the step of class {@code className}, if any. */
  public Optional<Integer> versionRecording(String className) {
    for (StoredSnapshot snapshot : stored) {
      for (StepDefinition step : snapshot.header().steps()) {
        if (step.className().equals(className)) {
          return Optional.of(snapshot.header().version());
        }
      }
    }
    return Optional.empty();
  }

  /** The file of version {@code version}'s snapshot, from 1 to the newest. */
  public java.nio.file.Path fileAt(int version) {
    return stored.get(version - 1).file();
  }

  /** The rules the migration to {@code version} (1 or more) is planned under. */
  public PlanningRules rulesAt(int version) {
    return stored.get(version - 1).header().rules();
  }

  public Schema newestSchema() {
    return schemaAt(newestVersion());
  }

  /** The hash of the newest snapshot's text, when this build read it from its file. */
  public Optional<String> newestSha256() {
    return isEmpty()
        ? Optional.empty()
        : stored.get(stored.size() - 1).facts().map(SnapshotFileFacts::sha256);
  }

  /** The file of the newest snapshot, if any. */
  public Optional<java.nio.file.Path> newestFile() {
    return isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1).file());
  }

  /** The history with one more snapshot at its end. */
  public SnapshotHistory plus(StoredSnapshot next) {
    List<StoredSnapshot> longer = new java.util.ArrayList<>(stored);
    longer.add(next);
    return new SnapshotHistory(longer);
  }
}
