package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deleting and comparing folder trees, which scenario caching and checking need. */
public final class Folders {

  private Folders() {}

  public static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      // deepest first, so that each folder is empty when its turn comes
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Deletes the folder if it exists and creates it empty. */
  public static Path fresh(Path folder) throws IOException {
    deleteTree(folder);
    return Files.createDirectories(folder);
  }

  /** Every regular file under {@code folder} whose name ends with {@code suffix}, sorted. */
  public static List<Path> files(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .filter(path -> path.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  /**
   * Copies the regular files directly in {@code from} into {@code to}, which is created, with their
   * modification times: a copy of unchanged snapshots looks unchanged, as a checkout leaves them.
   */
  public static void copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> paths = Files.list(from)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        Files.copy(path, to.resolve(path.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
