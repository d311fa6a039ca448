package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics about what a view's SQL is and what it reads, each on the value at fault. */
class QueryDiagnosticsTest {

  @TempDir Path snapshots;

  @Test
  void aStatementThatIsNotAQueryIsAnErrorOnTheSqlAttribute() throws IOException {
    assertSqlError(
        "bad/DeleteSql.java", "it is not a query: DELETE starts a statement that changes");
  }

  @Test
  void twoStatementsAreAnErrorOnTheSqlAttribute() throws IOException {
    assertSqlError("bad/TwoStatements.java", "it holds more than one statement");
  }

  @Test
  void anUnterminatedStringIsAnErrorOnTheSqlAttribute() throws IOException {
    assertSqlError("bad/UnterminatedString.java", "a string literal is never closed");
  }

  @Test
  void sqlThatTheParserDoesNotKnowIsAcceptedWithANoteOnTheSqlAttribute() {
    JavaFileObject source = JavaFileObjects.forResource("good/vendor/OracleModel.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("Strata's SQL parser does not understand this query")
        .inFile(source)
        .onLineContaining("sql =");
    assertThat(compilation).generatedSourceFile("com.example.V0001_CreateForecast");
  }

  @Test
  void aMisspeltKeywordIsNotCalledWellFormedButNamedAsAPossibleCause() {
    // a module without entities: nothing runs the query before the migration does
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.ActiveCustomer",
            "package com.example;\n"
                + "@dev.strata.View(name = \"active_customers\",\n"
                + "    sql = \"SELECT id, name FROM customers WHERE closed_at IS NUL\")\n"
                + "public final class ActiveCustomer {}\n");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("does not understand this query (a misspelt keyword, or vendor syntax?)")
        .inFile(source)
        .onLineContaining("sql =");
    assertThat(compilation).hadNoteContaining("a mistake in it fails only the migration");
  }

  @Test
  void aHashCommentInAMariaDbDialectQueryIsACommentAndNoCauseForANote() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.ActiveUser",
            "package com.example;\n"
                + "@dev.strata.View(name = \"active_users\", sql = \"SELECT id FROM users\",\n"
                + "    dialects = @dev.strata.View.Dialect(database = \"mariadb\",\n"
                + "        sql = \"SELECT id FROM users # active only\\n WHERE active\"))\n"
                + "public final class ActiveUser {}\n");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).succeeded();
    assertEquals(
        List.of(),
        compilation.notes().stream()
            .map(note -> note.getMessage(Locale.ROOT))
            .filter(message -> message.contains("does not understand this query"))
            .toList());
  }

  @Test
  void aSemicolonOnlyTheDialectsDatabaseReadsIsAnErrorOnThatSql() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Totals",
            "package com.example;\n"
                + "@dev.strata.View(name = \"totals\", sql = \"SELECT n FROM t\",\n"
                + "    dialects = {\n"
                + "      @dev.strata.View.Dialect(database = \"mariadb\",\n"
                + "        sql = \"SELECT n FROM t /*! ; SELECT 2 */\"),\n"
                + "      @dev.strata.View.Dialect(database = \"postgresql\",\n"
                + "        sql = \"SELECT n # 1 AS n FROM t; DROP TABLE u\")})\n"
                + "public final class Totals {}\n");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("as MySQL and MariaDB read it")
        .inFile(source)
        .onLineContaining("/*! ; SELECT 2 */");
    assertThat(compilation)
        .hadErrorContaining("as PostgreSQL reads it (a # is its XOR operator, not a comment)")
        .inFile(source)
        .onLineContaining("DROP TABLE u");
  }

  @Test
  void dependsOnAViewThatDoesNotExistIsAnErrorOnTheDependsOnAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/UnknownDependency.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("@View dependsOn names \"daily_totals\", which is not a view")
        .inFile(source)
        .onLineContaining("dependsOn =");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aCycleIsAnErrorOnEveryViewInItNamingThemAll() throws IOException {
    List<JavaFileObject> sources =
        List.of(
            JavaFileObjects.forResource("bad/CycleA.java"),
            JavaFileObjects.forResource("bad/CycleB.java"),
            JavaFileObjects.forResource("bad/CycleC.java"));
    Compilation compilation = new StrataCompiler(snapshots).compile(sources);

    String cycle = "cycle_a -> cycle_b -> cycle_c -> cycle_a";
    for (JavaFileObject source : sources) {
      assertThat(compilation).hadErrorContaining(cycle).inFile(source).onLineContaining("@View");
    }
    assertThat(compilation).hadErrorCount(3);
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void anInvalidRenamedFromIsAnErrorOnTheRenamedFromAttribute() throws IOException {
    JavaFileObject source = JavaFileObjects.forResource("bad/InvalidRenamedFrom.java");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("@View renamedFrom \"order totals\" is not a valid SQL identifier")
        .inFile(source)
        .onLineContaining("renamedFrom =");
    Assertions.assertSnapshotVersions(snapshots);
  }

  @Test
  void aBrokenQueryIsAnErrorNamingWhereInTheQueryItBreaks() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.LongQuery",
            "package com.example;\n"
                + "@dev.strata.View(name = \"long_query\", sql = \"\"\"\n"
                + "    SELECT id, (SELECT MAX(amount) FROM orders o WHERE o.customer_id = c.id) AS top\n"
                + "    FROM customers c\n"
                + "    WHERE c.id IN (SELECT customer_id FROM orders WHERE amount > (10)\n"
                + "    \"\"\")\n"
                + "public class LongQuery {}\n");
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    // the third line's first (, of several on the lines before it
    assertThat(compilation)
        .hadErrorContaining(
            "a ( is never closed (at line 3, column 15 of the query:"
                + " (SELECT customer_id FROM...)")
        .inFile(source)
        .onLineContaining("sql =");
  }

  private void assertSqlError(String resource, String reason) throws IOException {
    JavaFileObject source = JavaFileObjects.forResource(resource);
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation)
        .hadErrorContaining("@View sql cannot define a view: " + reason)
        .inFile(source)
        .onLineContaining("sql =");
    Assertions.assertSnapshotVersions(snapshots);
  }
}
