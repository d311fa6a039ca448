package dev.strata.processor.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the snapshot files of a folder in version order, refusing any other file in it: a {@code
 * 0004-1f2e3d4c.json.bak} or {@code .JSON} that Strata skipped would let it record a version beside
 * a snapshot the user thinks is there. Hidden files ({@code .gitkeep}, an editor's swap file, a
 * temporary file of an interrupted write) are not the user's snapshots and are left alone, and so
 * are folders.
 */
final class SnapshotFolder {

  private SnapshotFolder() {}

  static List<Path> snapshotFiles(Path folder) throws SnapshotException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> entries;
    try (Stream<Path> files = Files.list(folder)) {
      // sorted: which stray file is reported must not depend on the file system
      entries = files.sorted().toList();
    } catch (IOException e) {
      throw new SnapshotException(folder, SnapshotMessages.unlistable(reason(e)), e);
    }
    List<Numbered> snapshots = new ArrayList<>();
    for (Path entry : entries) {
      if (!entry.getFileName().toString().startsWith(".") && !Files.isDirectory(entry)) {
        snapshots.add(new Numbered(SnapshotFileName.version(entry), entry));
      }
    }
    // by version, not by name: 10000 sorts before 9999 as text
    return snapshots.stream()
        .sorted(Comparator.comparingInt(Numbered::version))
        .map(Numbered::file)
        .toList();
  }

  private record Numbered(int version, Path file) {}

  /** An I/O failure's own words, without the exception's class name. */
  static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
