package dev.strata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The internal packages form layers, each using only those below it, so that a reader can take them
 * in order and a change to one cannot reach down into another; read from the sources.
 */
class PackageLayeringTest {

  // bottom first: the order in which package-info.java introduces them
  private static final List<String> LAYERS =
      List.of(
          "jdbc",
          "dialect",
          "catalog",
          "history",
          "lock",
          "source",
          "plan",
          "execution",
          "command");

  /** The runtime's sources, beside this module of its tests. */
  private static final Path INTERNAL =
      Path.of("../runtime/src/main/java/dev/strata/runtime/internal");

  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (?:static )?dev\\.strata\\.runtime\\.internal\\.(\\w+)\\.", Pattern.MULTILINE);

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() {
    List<String> upward = new ArrayList<>();
    for (String layer : LAYERS) {
      for (Path source : sources(INTERNAL.resolve(layer))) {
        Matcher imported = IMPORT.matcher(read(source));
        while (imported.find()) {
          if (LAYERS.indexOf(imported.group(1)) >= LAYERS.indexOf(layer)
              && !imported.group(1).equals(layer)) {
            upward.add(source.getFileName() + " imports " + imported.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), upward);
  }

  @Test
  void dialectsRenderTextAndNeverTouchAConnection() {
    List<String> jdbc = new ArrayList<>();
    for (Path source : sources(INTERNAL.resolve("dialect"))) {
      if (read(source).contains("import java.sql.")) {
        jdbc.add(source.getFileName().toString());
      }
    }
    assertEquals(List.of(), jdbc);
  }

  @Test
  void theSharedVocabularyDependsOnNoInternalPackage() {
    for (Path source : sources(INTERNAL)) {
      if (source.getParent().equals(INTERNAL)) {
        assertEquals(false, IMPORT.matcher(read(source)).find(), source.toString());
      }
    }
  }

  private static List<Path> sources(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      // a renamed or moved folder must not make this test pass on nothing
      assertEquals(true, !sources.isEmpty(), "no sources in " + folder.toAbsolutePath());
      return sources;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
