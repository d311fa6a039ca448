package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Assertions on the snapshot folder shared by the processor tests. */
final class Assertions {

  private Assertions() {}

  static void assertFolderHolds(Path folder, String... fileNames) throws IOException {
    List<String> actual;
    if (!Files.isDirectory(folder)) {
      actual = List.of();
    } else {
      try (Stream<Path> files = Files.list(folder)) {
        actual = files.map(file -> file.getFileName().toString()).sorted().toList();
      }
    }
    assertEquals(List.of(fileNames), actual, "files in " + folder);
  }
}
