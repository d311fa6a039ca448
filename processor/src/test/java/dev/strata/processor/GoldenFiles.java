package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with files under {@code src/test/resources/expected/}; with {@code
 * STRATA_GOLDEN_UPDATE=true} in the environment it rewrites them instead.
 */
final class GoldenFiles {

  private static final Path ROOT = Path.of("src", "test", "resources", "expected");

  private GoldenFiles() {}

  static void assertMatches(String goldenFile, String actual) throws IOException {
    Path file = ROOT.resolve(goldenFile);
    if ("true".equals(System.getenv("STRATA_GOLDEN_UPDATE"))) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(
        Files.readString(file, StandardCharsets.UTF_8),
        actual,
        "generated text differs from " + file + " (STRATA_GOLDEN_UPDATE=true rewrites it)");
  }
}
