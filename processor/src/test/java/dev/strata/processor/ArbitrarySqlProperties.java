package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever text a user puts in {@code sql}, the processor answers with a diagnostic. */
class ArbitrarySqlProperties {

  @Property(tries = 40)
  void anySqlTextCompilesOrFailsWithADiagnosticButNeverCrashes(@ForAll("sqlText") String sql)
      throws IOException {
    Path snapshots = Files.createTempDirectory("strata-arbitrary");
    String source =
        "package com.example;\n"
            + "@dev.strata.View(name = \"v\", sql = \""
            + javaEscape(sql)
            + "\")\n"
            + "public class Arbitrary {}\n";

    Compilation compilation =
        new StrataCompiler(snapshots)
            .compile(List.of(JavaFileObjects.forSourceString("com.example.Arbitrary", source)));

    assertTrue(
        compilation.diagnostics().stream()
            .noneMatch(d -> d.getMessage(null).contains("internal error")),
        () -> compilation.diagnostics().toString());
    if (compilation.status() == Compilation.Status.FAILURE) {
      assertThat(compilation).hadErrorContaining("@View sql");
    } else {
      assertTrue(
          compilation.diagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR));
    }
  }

  @Provide
  Arbitrary<String> sqlText() {
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
        fragments.list().ofMaxSize(8).map(parts -> String.join("", parts)),
        Arbitraries.strings().ofMaxLength(30));
  }

  private static String javaEscape(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        escaped.append('\\').append(c);
      } else if (c < 0x20) {
        // octal, not a unicode escape: javac turns those into line breaks before it lexes
        escaped.append(String.format("\\%03o", (int) c));
      } else if (c > 0x7e) {
        escaped.append(String.format("\\u%04x", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
