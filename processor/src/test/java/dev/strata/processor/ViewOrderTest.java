package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view is created after the views it reads however its query names them. zz_totals comes after
 * aa_report by name, so only a dependency found puts it first.
 */
class ViewOrderTest {

  private static final JavaFileObject TOTALS =
      view(
          "Totals",
          "zz_totals",
          "SELECT customer_id, SUM(total) AS total FROM orders GROUP BY customer_id");

  @TempDir Path snapshots;

  @Test
  void aViewReadThroughASchemaItWasNotDeclaredInIsCreatedFirst() throws IOException {
    // the migrations create zz_totals in the schema they run on, public or any other
    assertCreatedFirst(view("Report", "aa_report", "SELECT customer_id FROM public.zz_totals"));
    assertCreatedFirst(view("Report", "aa_report", "SELECT customer_id FROM shop.zz_totals"));
  }

  @Test
  void aViewReadInsideACommonTableExpressionOfItsNameIsCreatedFirst() throws IOException {
    assertCreatedFirst(
        view(
            "Report",
            "aa_report",
            "WITH zz_totals AS (SELECT * FROM zz_totals WHERE total > 0)"
                + " SELECT customer_id FROM zz_totals"));
  }

  @Test
  void anUnparsedQueryWhoseCommonTableExpressionIsNamedLikeItsReaderMakesNoCycle()
      throws IOException {
    // JSqlParser cannot read GROUPS frames, so the words of b's query are its dependencies
    JavaFileObject read =
        view(
            "B",
            "b",
            "WITH a AS (SELECT customer_id, SUM(total) OVER (ORDER BY customer_id GROUPS BETWEEN 1"
                + " PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) AS near FROM orders)"
                + " SELECT customer_id, near FROM a");
    JavaFileObject reader = view("A", "a", "SELECT customer_id, near FROM b");

    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(reader, read));

    assertThat(compilation).succeeded();
    String migration =
        compilation
            .generatedSourceFile("com.example.V0001_CreateAAndB")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    int b = migration.indexOf("ops.createView(\"b\"");
    int a = migration.indexOf("ops.createView(\"a\"");
    assertTrue(b >= 0 && b < a, migration);
  }

  private void assertCreatedFirst(JavaFileObject report) throws IOException {
    Compilation compilation =
        new StrataCompiler(snapshots.resolve(report.toUri().toString().hashCode() + ""))
            .compile(List.of(TOTALS, report));

    assertThat(compilation).succeeded();
    String migration =
        compilation
            .generatedSourceFile("com.example.V0001_CreateAaReportAndZzTotals")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    int totals = migration.indexOf("ops.createView(\"zz_totals\"");
    int reader = migration.indexOf("ops.createView(\"aa_report\"");
    assertTrue(totals >= 0 && totals < reader, migration);
  }

  private static JavaFileObject view(String className, String name, String sql) {
    return JavaFileObjects.forSourceString(
        "com.example." + className,
        String.join(
            "\n",
            "package com.example;",
            "",
            "import dev.strata.View;",
            "",
            "@View(name = \"" + name + "\", sql = \"" + sql + "\")",
            "public class " + className + " {}"));
  }
}
