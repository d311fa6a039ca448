package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the {@code @View} classes of a scenario as Java source files, one class per view. */
public final class ViewSources {

  private ViewSources() {}

  /** Writes views 1 to {@code last} under {@code root}, in package folders; returns the files. */
  public static List<Path> write(Path root, int last) {
    List<Path> files = new ArrayList<>(last);
    for (int k = 1; k <= last; k++) {
      files.add(write(root, k, source(k)));
    }
    return files;
  }

  /** The source file of view k under {@code root}, whether or not it was written. */
  public static Path file(Path root, int k) {
    return root.resolve(ViewScenario.VIEW_PACKAGE.replace('.', '/'))
        .resolve(ViewScenario.className(k) + ".java");
  }

  static String source(int k) {
    return "package "
        + ViewScenario.VIEW_PACKAGE
        + ";\n\n"
        + "import dev.strata.View;\n\n"
        + "@View(name = \""
        + ViewScenario.viewName(k)
        + "\", sql = \""
        + ViewScenario.sql(k)
        + "\")\n"
        + "public final class "
        + ViewScenario.className(k)
        + " {}\n";
  }

  private static Path write(Path root, int k, String source) {
    Path file = file(root, k);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
    return file;
  }
}
