package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version of thousands of views compiles: before the writer split methods, 5,500 views overflowed
 * the JVM's 64 KiB limit of {@code upgrade()} after the snapshot was recorded, leaving a build that
 * reverting the code could not repair.
 */
class LargeVersionTest {

  private static final int VIEWS = 5_500;

  @TempDir Path snapshots;

  @Test
  void aFirstVersionOf5500ViewsCompiles() throws IOException {
    StringBuilder source =
        new StringBuilder(
            "package com.example;\n\nimport dev.strata.View;\n\npublic class Reports {\n");
    for (int i = 1; i <= VIEWS; i++) {
      source.append(
          String.format(
              Locale.ROOT,
              "  @View(name = \"sales_report_%1$05d\", sql = \"SELECT %1$d AS region_id\")\n"
                  + "  public static class Report%1$05d {}\n",
              i));
    }
    source.append("}\n");

    Compilation compilation =
        new StrataCompiler(snapshots)
            // the default package comes from the view classes' names, which here are nested ones
            .withOption("-Astrata.package=com.example.migrations")
            .compile(
                List.of(JavaFileObjects.forSourceString("com.example.Reports", source.toString())));

    assertThat(compilation).succeeded();
    Assertions.assertSnapshotVersions(snapshots, "0001");
    String migration =
        compilation.generatedSourceFiles().stream()
            .filter(file -> file.getName().contains("V0001_"))
            .findFirst()
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(migration.contains("    upgrade1(ops);\n"), "upgrade() is split");
    assertTrue(migration.contains("    downgrade1(ops);\n"), "downgrade() is split");
  }
}
