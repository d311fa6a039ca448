package dev.strata.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Java sources of a module's source folders, which the compiler and Strata's checks read. */
final class SourceFiles {

  private SourceFiles() {}

  /**
   * The Java sources of every root that exists, each root's sorted, so that the file an error names
   * does not depend on the file system's order.
   */
  static List<Path> in(List<Path> roots) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(path -> path.toString().endsWith(".java")).sorted().forEach(sources::add);
        }
      }
    }
    return sources;
  }
}
