package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever text a user puts in {@code sql}, the processor either realises the view in a migration
 * or refuses it with an error on the {@code sql} attribute: never both, never neither, never a
 * crash.
 */
class ArbitrarySqlProperties {

  private static final String SOURCE =
      "package com.example;\n"
          // line 2: where an error on the sql attribute must point
          + "@dev.strata.View(name = \"v\", sql = \"%s\")\n"
          + "public class Arbitrary {}\n";

  @Property(tries = 40)
  void anySqlTextIsRealisedOrRefusedOnItsAttribute(@ForAll("sqlText") String sql)
      throws IOException {
    Path snapshots = Files.createTempDirectory("strata-arbitrary");
    try {
      Compilation compilation =
          new StrataCompiler(snapshots)
              .compile(
                  List.of(JavaFileObjects.forSourceString("com.example.Arbitrary", source(sql))));
      boolean refused = compilation.status() == Compilation.Status.FAILURE;
      Statistics.collect(refused ? "refused" : "realised");

      assertTrue(
          compilation.diagnostics().stream()
              .noneMatch(d -> d.getMessage(Locale.ROOT).contains("internal error")),
          () -> compilation.diagnostics().toString());
      assertEquals(List.of(), errorsNotOnTheSqlAttribute(compilation));
      // a refused view leaves nothing behind; an accepted one has its snapshot and migration
      assertEquals(refused ? 0 : 1, snapshotCount(snapshots), sql);
      assertEquals(
          refused ? List.of() : List.of("V0001"),
          refused ? List.of() : migrations(compilation), // javac hides a failed build's output
          sql);
    } finally {
      deleteTree(snapshots);
    }
    // the generator must reach both outcomes, or this property tests one of them only
    Statistics.coverage(
        coverage -> {
          coverage.check("realised").percentage(percent -> percent >= 5);
          coverage.check("refused").percentage(percent -> percent >= 5);
        });
  }

  @Provide
  Arbitrary<String> sqlText() {
    Arbitrary<String> queries =
        Arbitraries.of("SELECT 1", "SELECT id, email FROM users", "WITH a AS (SELECT 1) SELECT *");
    Arbitrary<String> fragments =
        Arbitraries.of(
            "SELECT ",
            "1",
            " FROM t",
            "'",
            "\"",
            ";",
            "--",
            "/*",
            "*/",
            "(",
            ")",
            "DELETE ",
            "é",
            "\n",
            "WITH a AS (SELECT 1) ",
            "SELECT * FROM x MODEL ");
    return Arbitraries.oneOf(
        queries,
        fragments.list().ofMaxSize(8).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(30));
  }

  private static String source(String sql) {
    return String.format(Locale.ROOT, SOURCE, javaEscape(sql));
  }

  private static List<String> errorsNotOnTheSqlAttribute(Compilation compilation) {
    return compilation.errors().stream()
        .map(error -> error.getLineNumber() + ": " + error.getMessage(Locale.ROOT))
        .filter(error -> !error.startsWith("2: @View sql "))
        .toList();
  }

  /** The versions of the migration classes generated, as {@code V0001}. */
  private static List<String> migrations(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(JavaFileObject::getName)
        .map(name -> name.substring(name.lastIndexOf('/') + 1))
        .filter(name -> name.matches("V\\d{4}_.*"))
        .map(name -> name.substring(0, 5))
        .toList();
  }

  private static long snapshotCount(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(".json")).count();
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String javaEscape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (c < 0x20) {
        // octal, not a unicode escape: javac turns those into line breaks before it lexes
        escaped.append(String.format(Locale.ROOT, "\\%03o", (int) c));
      } else if (c > 0x7e) {
        escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
