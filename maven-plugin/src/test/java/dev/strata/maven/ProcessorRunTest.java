package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compile without Strata's processor, in a module that uses Strata, is an error that says how to
 * add the processor; a compile that ran it, or that uses no Strata, or a check, passes.
 */
class ProcessorRunTest {

  @TempDir Path module;
  private Path sources;
  private Path classes;
  private Path snapshots;

  @BeforeEach
  void aModule() throws Exception {
    sources = Files.createDirectories(module.resolve("src/main/java"));
    classes = Files.createDirectories(module.resolve("target/classes"));
    snapshots = module.resolve("src/main/strata");
    Path shop = Files.createDirectories(sources.resolve("com/example/shop"));
    Files.writeString(shop.resolve("Main.java"), "package com.example.shop;\nclass Main {}\n");
  }

  @Test
  void aViewCompiledWithoutTheProcessorNamesTheSourceAndTheWayOut() throws Exception {
    Path view = view("ActiveCustomer.java", "import dev.strata.View;");

    String error = run(List.of()).missed().orElseThrow();

    assertTrue(
        error.startsWith(
            "Strata's annotation processor did not run in this compile: "
                + view
                + " uses Strata's annotations, but the compiler wrote no migrations to "
                + classes),
        error);
    assertTrue(error.contains("<annotationProcessorPaths> of maven-compiler-plugin"), error);
    assertTrue(error.contains("<proc>full</proc>"), error);
  }

  @Test
  void anAnnotationWrittenOutAtItsUseCounts() throws Exception {
    view("Report.java", "import java.util.List;\n@dev.strata.View(sql = \"SELECT 1 AS x\")");

    assertTrue(run(List.of()).missed().isPresent());
  }

  @Test
  void recordedSnapshotsWithoutAViewSourceCount() throws Exception {
    Files.createDirectories(snapshots);
    Files.writeString(snapshots.resolve("0001-d830f5f7.json"), "{}\n");

    String error = run(List.of()).missed().orElseThrow();

    assertTrue(error.contains(snapshots + " holds the module's schema versions"), error);
  }

  /**
   * A module whose views are test sources only: its test compile writes the snapshots into the
   * default folder, and its main compile, with no source to compile, runs no processor and needs
   * none; it failed the second build, and deleted the classes, as compiled without the processor.
   */
  @Test
  void aModuleWithNoMainSourcesPassesWhateverItsSnapshotFolderHolds() throws Exception {
    Files.delete(sources.resolve("com/example/shop/Main.java"));
    Files.createDirectories(snapshots);
    Files.writeString(snapshots.resolve("0001-d830f5f7.json"), "{}\n");

    assertEquals(Optional.empty(), run(List.of()).missed());
  }

  @Test
  void anEntityCountsUnderTables() throws Exception {
    Path source = sources.resolve("com/example/shop/Customer.java");
    Files.writeString(
        source,
        "package com.example.shop;\nimport jakarta.persistence.Entity;\n@Entity\nclass Customer {}\n");

    String error = run(List.of("-Astrata.tables=true")).missed().orElseThrow();

    assertTrue(
        error.contains(
            source + " declares an entity and the compiler is given -Astrata.tables=true"),
        error);
    assertEquals(Optional.empty(), run(List.of()).missed());
  }

  /** Strata maps javax.persistence entities as it maps jakarta.persistence ones. */
  @Test
  void aJavaxEntityCountsUnderTablesToo() throws Exception {
    Path source = sources.resolve("com/example/shop/Customer.java");
    Files.writeString(
        source,
        "package com.example.shop;\nimport javax.persistence.Entity;\n@Entity\nclass Customer {}\n");

    String error = run(List.of("-Astrata.tables=true")).missed().orElseThrow();

    assertTrue(
        error.contains(
            source + " declares an entity and the compiler is given -Astrata.tables=true"),
        error);
  }

  /** A parent's compiler arguments reach every module, those without an entity too. */
  @Test
  void theTablesOptionAloneDoesNotCount() throws Exception {
    assertEquals(Optional.empty(), run(List.of("-Astrata.tables=true")).missed());
  }

  @Test
  void aCompileThatWroteTheIndexPasses() throws Exception {
    view("ActiveCustomer.java", "import dev.strata.View;");
    Path index = classes.resolve(ProcessorRun.INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, "com.example.shop.MainMigrationIndex\n");

    assertEquals(Optional.empty(), run(List.of()).missed());
  }

  @Test
  void aCheckWritesNothingAndPasses() throws Exception {
    view("ActiveCustomer.java", "import dev.strata.View;");

    assertEquals(Optional.empty(), run(List.of("-Astrata.check=true")).missed());
  }

  @Test
  void aModuleWithoutStrataPasses() throws Exception {
    // a name that merely starts like Strata's package is not Strata's
    Files.writeString(
        sources.resolve("com/example/shop/Other.java"),
        "package com.example.shop;\nimport dev.stratagem.View;\nclass Other {}\n");

    assertEquals(Optional.empty(), run(List.of()).missed());
  }

  private Path view(String file, String imports) throws Exception {
    Path source = sources.resolve("com/example/shop").resolve(file);
    String name = file.substring(0, file.length() - ".java".length());
    Files.writeString(
        source,
        "package com.example.shop;\n"
            + imports
            + "\n@View(name = \"x\", sql = \"SELECT 1 AS x\")\npublic final class "
            + name
            + " {}\n");
    return source;
  }

  private ProcessorRun run(List<String> options) {
    return new ProcessorRun(classes, snapshots, List.of(sources), options);
  }
}
