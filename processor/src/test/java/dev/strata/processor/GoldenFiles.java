package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with files under {@code src/test/resources/expected/}; with {@code
 * STRATA_GOLDEN_UPDATE=true} in the environment it rewrites those that differ, and fails the test
 * for each, so that a run that regenerated files can never pass as if it had checked them.
 */
final class GoldenFiles {

  private static final Path ROOT = Path.of("src", "test", "resources", "expected");

  private GoldenFiles() {}

  static void assertMatches(String goldenFile, String actual) throws IOException {
    Path file = ROOT.resolve(goldenFile);
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return;
    }
    if (!"true".equals(System.getenv("STRATA_GOLDEN_UPDATE"))) {
      assertEquals(
          expected,
          actual,
          "generated text differs from " + file + " (STRATA_GOLDEN_UPDATE=true rewrites it)");
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, actual, StandardCharsets.UTF_8);
    assertEquals(actual, Files.readString(file, StandardCharsets.UTF_8), "could not write " + file);
    fail(
        "Rewrote "
            + file
            + " (STRATA_GOLDEN_UPDATE=true): review the change with git diff, then run the tests"
            + " again without STRATA_GOLDEN_UPDATE");
  }
}
