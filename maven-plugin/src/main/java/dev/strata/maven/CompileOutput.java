package dev.strata.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * What a compilation left that a changed snapshot folder makes stale: the classes, the sources that
 * annotation processors generated, and the compiler's incremental state. Deleting them makes the
 * next compile a full one, in which the processor regenerates every migration from the snapshots as
 * they are now.
 */
record CompileOutput(Path classes, Path generatedSources, Path compilerStatus) {

  /** Deletes every part that exists. */
  void delete() throws IOException {
    // the resources in classes/ are copied again at process-resources, after this runs
    for (Path folder : List.of(classes, generatedSources, compilerStatus)) {
      deleteRecursively(folder);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
