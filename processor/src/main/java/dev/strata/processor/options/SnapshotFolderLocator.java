package dev.strata.processor.options;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the snapshot folder: {@code -Astrata.snapshots} if given, else {@code src/main/strata} of
 * the module being compiled, which is found from the class output location.
 */
public final class SnapshotFolderLocator {

  private static final Path DEFAULT_FOLDER = Path.of("src", "main", "strata");
  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts");
  private static final int MAX_DEPTH = 5;

  private final Filer filer;
  private Optional<Path> classOutput;

  public SnapshotFolderLocator(Filer filer) {
    this.filer = filer;
  }

  /**
   * @return the folder, or empty when neither the option nor the class output tells where it is
   */
  public Optional<Path> locate(Optional<Path> option) {
    if (option.isPresent() && option.get().isAbsolute()) {
      return Optional.of(option.get().normalize());
    }
    Optional<Path> module = moduleFolder();
    if (option.isPresent()) {
      // relative to the module, not to wherever the build was started
      Path folder = option.get();
      return Optional.of(
          module.map(root -> root.resolve(folder)).orElse(folder.toAbsolutePath()).normalize());
    }
    return module.map(root -> root.resolve(DEFAULT_FOLDER));
  }

  /** The nearest folder above the class output that holds a build file. */
  private Optional<Path> moduleFolder() {
    Optional<Path> classOutput = classOutput();
    if (classOutput.isEmpty()) {
      return Optional.empty();
    }
    Path folder = classOutput.get();
    for (int depth = 0; folder != null && depth < MAX_DEPTH; depth++) {
      for (String buildFile : BUILD_FILES) {
        if (Files.isRegularFile(folder.resolve(buildFile))) {
          return Optional.of(folder);
        }
      }
      folder = folder.getParent();
    }
    return Optional.empty();
  }

  /**
   * The compiler's class output folder, if it is on the file system; asked of the {@link Filer}
   * once, since the probe it creates can be created only once per compilation.
   */
  public Optional<Path> classOutput() {
    if (classOutput == null) {
      classOutput = probeClassOutput();
    }
    return classOutput;
  }

  private Optional<Path> probeClassOutput() {
    try {
      // a resource that is never opened: only its location is wanted, so nothing is written
      FileObject probe = filer.createResource(StandardLocation.CLASS_OUTPUT, "", "strata.probe");
      URI uri = probe.toUri();
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      return Optional.ofNullable(Path.of(uri).getParent());
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
