package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Assertions on the snapshot folder shared by the processor tests. */
final class Assertions {

  private Assertions() {}

  /** Asserts the versions the folder's snapshot files claim, such as {@code "0001", "0002"}. */
  static void assertSnapshotVersions(Path folder, String... versions) throws IOException {
    List<String> actual =
        files(folder).stream()
            .map(file -> file.getFileName().toString())
            .map(name -> name.length() > 4 ? name.substring(0, 4) : name)
            .toList();
    assertEquals(List.of(versions), actual, "snapshot files in " + folder);
  }

  /** The snapshot file of one version. */
  static Path snapshotFile(Path folder, int version) throws IOException {
    String prefix = String.format(Locale.ROOT, "%04d-", version);
    return files(folder).stream()
        .filter(file -> file.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no snapshot " + prefix + " in " + folder));
  }

  static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
