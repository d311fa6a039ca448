package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.strata.processor.GeneratedSourcesTest.assertGenerated;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @View(dialects = ...)} and the view options: kept in the snapshot, compared per query,
 * generated into the migrations, and refused where they cannot work.
 */
class ViewDialectsTest {

  @TempDir Path snapshots;

  @Test
  void dialectsAndOptionsAreRecordedAndGeneratedAndEachChangeIsAVersion() throws IOException {
    StrataCompiler compiler = new StrataCompiler(snapshots);

    Compilation created = compiler.compileResources("good/dialects1/TagList.java");
    assertThat(created).succeeded();
    assertGenerated(created, "com.example.V0001_CreateTagLists", "dialects-create");
    GeneratedSourcesTest.assertSnapshot(snapshots, 1, "dialects-create");

    Compilation oneVariant = compiler.compileResources("good/dialects2/TagList.java");
    assertThat(oneVariant).succeeded();
    assertGenerated(oneVariant, "com.example.V0002_ReplaceTagLists", "dialects-replace");
    GeneratedSourcesTest.assertSnapshot(snapshots, 2, "dialects-replace");

    Compilation options = compiler.compileResources("good/dialects3/TagList.java");
    assertThat(options).succeeded();
    assertGenerated(options, "com.example.V0003_ReplaceTagLists", "dialects-options");
    GeneratedSourcesTest.assertSnapshot(snapshots, 3, "dialects-options");

    Compilation reformatted = compiler.compileResources("good/dialects4/TagList.java");
    assertThat(reformatted).succeeded();
    try (var files = Files.list(snapshots)) {
      assertEquals(3, files.count(), "reformatting records no version");
    }
  }

  @Test
  void anUnknownDatabaseIsAnErrorOnTheDatabaseAttribute() {
    assertError(
        "bad/UnknownDialect.java",
        "@View.Dialect database \"oracle\" is not a database Strata knows",
        "database =");
  }

  @Test
  void twoQueriesForOneDatabaseAreAnErrorOnTheSecond() {
    assertError("bad/DialectTwice.java", "@View has two dialects for mysql", "// the second");
  }

  @Test
  void aDialectQueryThatCannotDefineAViewIsAnErrorOnItsSqlAttribute() {
    assertError("bad/InvalidDialectSql.java", "DELETE", "sql = \"DELETE");
  }

  @Test
  void anExecutableCommentSomeServersSkipIsAnErrorOnItsSqlAttribute() {
    assertError(
        "bad/VersionedComment.java",
        "it holds an executable comment /*!80000 ... */",
        "sql = \"SELECT id /*!80000");
  }

  @Test
  void anOptionATargetedDatabaseLacksIsAnErrorOnTheOption() {
    JavaFileObject source = JavaFileObjects.forResource("bad/OptionsLacking.java");
    Compilation compilation = compiledFor("h2,mariadb", source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("@View securityBarrier has no equivalent on mariadb")
        .inFile(source)
        .onLineContaining("securityBarrier =");
    assertThat(compilation)
        .hadErrorContaining("@View checkOption has no equivalent on h2")
        .inFile(source)
        .onLineContaining("checkOption =");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void syntaxOfAnotherDatabaseInTheQueryATargetRunsIsAnErrorOnThatQuery() {
    JavaFileObject source = JavaFileObjects.forResource("bad/ForeignSyntax.java");
    Compilation compilation = compiledFor("postgresql,mariadb", source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "The query of view order_ids has the :: cast, which is PostgreSQL's: write"
                + " CAST(expression AS type). MariaDB, which the module runs on")
        .inFile(source)
        .onLineContaining("sql = \"SELECT id::varchar");
    assertThat(compilation)
        .hadErrorContaining("the name `id` in backquotes, which are MySQL's and MariaDB's")
        .inFile(source)
        .onLineContaining("database = \"postgresql\"");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aDoubleQuotedNameInThePortableQueryIsAnErrorWhenMariaDbRunsIt() {
    JavaFileObject source = JavaFileObjects.forResource("bad/DoubleQuotedName.java");
    Compilation compilation = compiledFor("postgresql,mariadb", source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "The query of view order_labels has the name \"status\" in double quotes, which MySQL"
                + " and MariaDB read as the string 'status'")
        .inFile(source)
        .onLineContaining("sql = \"SELECT id, \\\"status\\\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pipesInThePortableQueryAreAnErrorWhenMariaDbRunsIt() {
    JavaFileObject source = JavaFileObjects.forResource("bad/PipesConcatenation.java");
    Compilation compilation = compiledFor("postgresql,mariadb", source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "The query of view order_labels has ||, which MySQL and MariaDB read as OR (unless"
                + " their sql_mode has PIPES_AS_CONCAT)")
        .inFile(source)
        .onLineContaining("sql = \"SELECT id, status ||");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCastToATypeMariaDbsCastLacksIsAnErrorOnTheQueryMariaDbRuns() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Cents",
            "package com.example;\n"
                + "@dev.strata.View(name = \"cents\",\n"
                + "    sql = \"SELECT id, CAST(total * 100 AS BIGINT) AS cents FROM orders\")\n"
                + "public class Cents {}\n");
    Compilation compilation = compiledFor("postgresql,mariadb", source);

    assertThat(compilation)
        .hadErrorContaining(
            "The query of view cents has a cast to BIGINT, a type MariaDB's CAST and CONVERT"
                + " refuse: write SIGNED, a BIGINT (UNSIGNED for no sign). MariaDB, which the"
                + " module runs on")
        .inFile(source)
        .onLineContaining("sql = \"SELECT id, CAST(total * 100 AS BIGINT)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCastMariaDbTakesInItsOwnQueryLeavesThePortableCastToOthers() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Cents",
            "package com.example;\n"
                + "@dev.strata.View(name = \"cents\",\n"
                + "    sql = \"SELECT id, CAST(total * 100 AS BIGINT) AS cents FROM orders\",\n"
                + "    dialects = @dev.strata.View.Dialect(database = \"mariadb\",\n"
                + "        sql = \"SELECT id, CAST(total * 100 AS SIGNED) AS cents FROM orders\"))\n"
                + "public class Cents {}\n");

    assertThat(compiledFor("postgresql,mariadb", source)).succeeded();
  }

  @Test
  void pipesAreLeftAloneWhereOnlyPostgreSqlAndH2RunThem() {
    JavaFileObject source = JavaFileObjects.forResource("bad/PipesConcatenation.java");

    assertThat(compiledFor("postgresql,h2", source)).succeeded();
  }

  @Test
  void aDoubleQuotedNameIsLeftAloneWhereOnlyPostgreSqlAndH2RunIt() {
    JavaFileObject source = JavaFileObjects.forResource("bad/DoubleQuotedName.java");
    Compilation compilation = compiledFor("postgresql,h2", source);

    assertThat(compilation).succeeded();
  }

  @Test
  void aDoubleQuotedStringIsTakenInMariaDbsOwnQuery() {
    // MySQL and MariaDB read "..." as a string in their default sql_mode: "" is the empty one
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Nicknames",
            """
            package com.example;

            import dev.strata.View;

            @View(
                name = "nicknames",
                sql = "SELECT id, COALESCE(nick, '') AS nick FROM people",
                dialects =
                    @View.Dialect(
                        database = "mariadb",
                        sql = "SELECT id, IFNULL(nick, QQ) AS nick, Q%sQ AS note FROM people"))
            public class Nicknames {}
            """
                .formatted("n".repeat(70))
                .replace("Q", "\\\""));

    assertThat(compiledFor("h2,mariadb", source)).succeeded();
  }

  @Test
  void postgreSqlOperatorsOtherDatabasesSpellAlikeAreTakenInItsOwnQuery() {
    JavaFileObject source = JavaFileObjects.forResource("bad/PostgresOperators.java");
    Compilation compilation = compiledFor("postgresql,mariadb", source);

    // # is XOR and <=> pgvector's distance there: the query written for PostgreSQL says so
    assertThat(compilation).succeeded();
  }

  @Test
  void aHashInThePortableQueryNamesBothReadingsAndTheWayOut() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Toggled",
            "package com.example;\n"
                + "@dev.strata.View(name = \"toggled\",\n"
                + "    sql = \"SELECT id, flags # 4 AS toggled FROM settings\")\n"
                + "public class Toggled {}\n");
    Compilation compilation = compiledFor("postgresql", source);

    assertThat(compilation)
        .hadErrorContaining(
            "a #, which MySQL and MariaDB read as a comment to the end of the line and PostgreSQL"
                + " as its XOR operator")
        .inFile(source)
        .onLineContaining("sql =");
  }

  @Test
  void aXorInBracketsIsTakenInPostgreSqlsOwnQuery() {
    // a comment from the # to the end of the line, as MySQL reads it, left the ( open: the query
    // was refused as an unclosed bracket (PostgreSQL's regression test create_view.sql, tt26v)
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Parity",
            "package com.example;\n"
                + "@dev.strata.View(name = \"parity\", sql = \"SELECT id FROM settings\",\n"
                + "    dialects = @dev.strata.View.Dialect(database = \"postgresql\",\n"
                + "        sql = \"SELECT id + (flags # 4) AS toggled FROM settings\"))\n"
                + "public class Parity {}\n");
    Compilation compilation = compiledFor("postgresql", source);

    assertThat(compilation).succeeded();
  }

  @Test
  void aXorInBracketsInThePortableQueryNamesTheHashNotTheBracket() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Parity",
            "package com.example;\n"
                + "@dev.strata.View(name = \"parity\",\n"
                + "    sql = \"SELECT id + (flags # 4) AS toggled FROM settings\")\n"
                + "public class Parity {}\n");

    assertThat(compiledFor("postgresql", source))
        .hadErrorContaining("a #, which MySQL and MariaDB read as a comment")
        .inFile(source)
        .onLineContaining("sql =");
    assertThat(compiledFor("mariadb", source))
        .hadErrorContaining(
            "a #, which MySQL and MariaDB read as a comment to the end of the line (PostgreSQL as"
                + " its XOR operator), so that what they read is not one query: its brackets do"
                + " not balance: a ( is never closed")
        .inFile(source)
        .onLineContaining("sql =");
  }

  @Test
  void syntaxOfAnotherDatabaseInAQueryNoTargetRunsIsLeftAlone() {
    JavaFileObject source = JavaFileObjects.forResource("bad/ForeignSyntax.java");
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.dialect=postgresql")
            .compile(List.of(source));

    // PostgreSQL runs its own query: the portable one's :: is no matter
    assertThat(compilation).hadErrorContaining("backquotes");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCheckOptionOnAQueryATargetCannotUpdateIsAnErrorOnTheOption() {
    JavaFileObject source = JavaFileObjects.forResource("bad/CheckOptionNotUpdatable.java");
    Compilation compilation = compiledFor("postgresql,mariadb", source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "@View checkOption on view order_lines: mariadb refuses WITH CHECK OPTION on a view it"
                + " cannot update, and the query it runs makes this one so with an aggregate function"
                + " (SUM)")
        .inFile(source)
        .onLineContaining("checkOption =");
    assertThat(compilation)
        .hadErrorContaining("postgresql refuses WITH CHECK OPTION")
        .inFile(source)
        .onLineContaining("checkOption =");
    assertThat(compilation).hadErrorContaining("with a join at its top level");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aCheckOptionOnATemporaryTableViewIsAnErrorOnTheOptionForMariaDb() {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "com.example.OpenOrders",
            "package com.example;",
            "@dev.strata.View(name = \"open_orders\",",
            "    sql = \"SELECT id, total FROM orders WHERE total > 0\",",
            "    algorithm = dev.strata.View.Algorithm.TEMPTABLE,",
            "    checkOption = dev.strata.View.CheckOption.LOCAL,",
            "    externalTables = \"orders\")",
            "public class OpenOrders {}");
    Compilation compilation = compiledFor("mariadb", source);

    assertThat(compilation)
        .hadErrorContaining(
            "@View checkOption on view open_orders: mariadb refuses WITH CHECK OPTION on a view of"
                + " ALGORITHM = TEMPTABLE")
        .inFile(source)
        .onLineContaining("checkOption =");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anOptionADatabaseLacksIsIgnoredThereWhenThatDatabaseIsNotTargeted() {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.dialect=postgresql")
            .compileResources("bad/OptionsLacking.java");

    assertThat(compilation).succeeded();
  }

  private void assertError(String resource, String message, String line) {
    JavaFileObject source = JavaFileObjects.forResource(resource);
    Compilation compilation = new StrataCompiler(snapshots).compile(List.of(source));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  /** {@code source} compiled for the databases {@code targets} names ({@code -Astrata.targets}). */
  private Compilation compiledFor(String targets, JavaFileObject source) {
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.targets=" + targets)
        .compile(List.of(source));
  }
}
