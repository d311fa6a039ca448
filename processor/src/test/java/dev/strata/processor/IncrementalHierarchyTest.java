package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (an IDE's, or Maven's after one file changed) compiles only some entities of
 * a hierarchy: the subclasses whose columns live in the root's single table are found again on the
 * classpath through the snapshot, so their columns are never taken for removed.
 */
class IncrementalHierarchyTest {

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void compilingOnlyTheRootOfASingleTableKeepsItsSubclassesColumns() throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/strategy", 1, List.of("Vehicle", "Car"));
    try (URLClassLoader written = history.load()) {
      Compilation rootOnly =
          new StrataCompiler(snapshots)
              .withClassesIn(classes)
              .withOption("-Astrata.tables=true")
              .compileResources("jpa/strategy/v1/Vehicle.java");

      assertThat(rootOnly).succeeded();
      assertEquals(1, Assertions.files(snapshots).size(), "no version dropping Car's columns");
    }
  }
}
