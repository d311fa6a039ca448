package dev.strata.processor.snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the committed snapshot chain from the snapshot folder and adds new snapshots to it, never
 * overwriting or half-writing a file.
 */
public final class SnapshotStore {

  private final Path folder;
  private final SnapshotCodec codec = new SnapshotCodec();

  public SnapshotStore(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** The snapshot chain in version order; empty when the folder does not exist yet. */
  public SnapshotHistory read() throws SnapshotException {
    List<StoredSnapshot> snapshots = new ArrayList<>();
    for (Path file : snapshotFiles()) {
      snapshots.add(new StoredSnapshot(readFile(file), file));
    }
    return SnapshotChain.check(folder, snapshots);
  }

  /** Writes a new snapshot file; no file of that version may exist yet. */
  public StoredSnapshot write(Snapshot snapshot) throws SnapshotException {
    String text = codec.encode(snapshot);
    Path target = folder.resolve(SnapshotFileName.of(snapshot.version(), text));
    for (Path existing : snapshotFiles()) {
      if (SnapshotFileName.version(existing).equals(Optional.of(snapshot.version()))) {
        throw new SnapshotException(existing, "it already exists and Strata never overwrites one");
      }
    }
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, ".strata-", ".tmp");
      try {
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        moveAtomically(temporary, target);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new SnapshotException(target, "it cannot be written: " + e, e);
    }
    return new StoredSnapshot(snapshot, target);
  }

  private List<Path> snapshotFiles() throws SnapshotException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      // sorted: the chain is read in version order whatever the file system returns
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SnapshotException(folder, "the snapshot folder cannot be listed: " + e, e);
    }
  }

  private Snapshot readFile(Path file) throws SnapshotException {
    Optional<Integer> version = SnapshotFileName.version(file);
    if (version.isEmpty()) {
      throw new SnapshotException(
          file,
          "its name is not a snapshot name (NNNN-hhhhhhhh.json); move it out of the snapshot"
              + " folder");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SnapshotException(file, "it cannot be read: " + e, e);
    }
    Snapshot snapshot;
    try {
      snapshot = codec.decode(text);
    } catch (IllegalArgumentException e) {
      throw new SnapshotException(file, e.getMessage(), e);
    }
    if (!SnapshotFileName.matches(file, text)) {
      throw new SnapshotException(
          file,
          "it was edited after Strata wrote it (its content no longer matches the hash in its"
              + " name); a recorded version must not change, so restore it from version control"
              + " and change the code instead");
    }
    if (snapshot.version() != version.get()) {
      throw new SnapshotException(
          file, "it says it is version " + snapshot.version() + ", but its name says otherwise");
    }
    return snapshot;
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
