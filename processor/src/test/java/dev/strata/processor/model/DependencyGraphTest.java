package dev.strata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a query the parser could not read is taken to read: every word that is code, and no word
 * hidden by a quote of another kind. zz_base comes after aa_report by name, so only a dependency
 * found puts it first.
 */
class DependencyGraphTest {

  private static final ViewDefinition BASE = unparsed("zz_base", "SELECT name AS n FROM users");

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an apostrophe in a quoted identifier
        "SELECT n AS \"owner's name\", count(*) OVER (ORDER BY n ROWS BETWEEN 1 PRECEDING AND"
            + " CURRENT ROW EXCLUDE TIES) AS c FROM zz_base WHERE n <> 'x'",
        // in a PostgreSQL dollar quote, tagged and not
        "SELECT $q$it's$q$ AS label, n FROM zz_base",
        "SELECT $$it's$$ AS label, n FROM zz_base WHERE n <> 'x'",
        // escaped in an E string, in a MySQL string, as a doubled quote
        "SELECT E'it\\'s' AS label, n FROM zz_base WHERE n <> 'x'",
        "SELECT 'it\\'s' AS label, n FROM zz_base WHERE n <> 'x'",
        "SELECT 'it''s' AS label, n FROM zz_base WHERE n <> 'x'",
        // a backslash that only MySQL reads as an escape
        "SELECT 'C:\\' AS dir, n FROM zz_base WHERE n <> 'x'",
        // in a backquoted identifier, in a MySQL double-quoted string
        "SELECT n AS `owner's name` FROM zz_base WHERE n <> 'x'",
        "SELECT n, \"it's\" AS label FROM zz_base WHERE n <> 'x'",
        // in a comment of one database's kind
        "SELECT n -- owner's name\nFROM zz_base WHERE n <> 'x'",
        "SELECT n # owner's name\nFROM zz_base WHERE n <> 'x'",
        "SELECT n /* owner's /* nested */ name */ FROM zz_base WHERE n <> 'x'",
        // a quoted identifier names the view too, qualified or not
        "SELECT n FROM \"zz_base\"",
        "SELECT n FROM public.\"ZZ_BASE\"",
        // MySQL runs the text of an executable comment
        "SELECT n /*!50000 , 'x' FROM zz_base */",
        // MySQL reads $ as a letter: $$ is a name there, not a dollar quote
        "SELECT $$ AS label, n FROM zz_base",
        // a no-break space, which an older Strata recorded and no reading now tokenizes
        "SELECT n FROM\u00a0zz_base",
      })
  void aViewNamedAsCodeInAnUnparsedQueryIsReadWhateverQuotesComeBefore(String sql) {
    Schema schema = new Schema(List.of(BASE, unparsed("aa_report", sql)));

    assertEquals(Set.of("zz_base"), schema.dependencies().reads("aa_report"));
    assertEquals(List.of("zz_base", "aa_report"), schema.dependencies().creationOrder());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 'zz_base' AS label, n FROM users",
        "SELECT $q$zz_base$q$ AS label, n FROM users",
        "SELECT n FROM users -- not zz_base",
        "SELECT n FROM users /* not zz_base */",
      })
  void aViewNamedOnlyInsideALiteralOrCommentIsNotRead(String sql) {
    Schema schema = new Schema(List.of(BASE, unparsed("aa_report", sql)));

    assertEquals(Set.of(), schema.dependencies().reads("aa_report"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "WITH zz_base AS (SELECT 1 AS n) SELECT n FROM zz_base",
        "WITH \"zz_base\" (n) AS NOT MATERIALIZED (SELECT 1) SELECT zz_base.n FROM zz_base",
        "WITH RECURSIVE zz_base (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM zz_base WHERE n < 3)"
            + " SELECT n FROM zz_base",
        "WITH other AS (SELECT 1 AS n), zz_base AS (SELECT n FROM other) SELECT n FROM zz_base",
        "SELECT n FROM (WITH zz_base AS (SELECT 1 AS n) SELECT n FROM zz_base) AS t",
      })
  void aCommonTableExpressionOfAViewsNameInAnUnparsedQueryIsNotTheView(String sql) {
    Schema schema = new Schema(List.of(BASE, unparsed("aa_report", sql)));

    assertEquals(Set.of(), schema.dependencies().reads("aa_report"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // its own query, and those before it, read the schema's view without RECURSIVE
        "WITH zz_base AS (SELECT n FROM zz_base WHERE n > 0) SELECT n FROM zz_base",
        "WITH a AS (SELECT n FROM zz_base), zz_base AS (SELECT n FROM a) SELECT n FROM zz_base",
        // outside the brackets that hold its WITH, or through a schema
        "SELECT n FROM (WITH zz_base AS (SELECT 1 AS n) SELECT n FROM zz_base) AS t, zz_base",
        "WITH zz_base AS (SELECT 1 AS n) SELECT n FROM public.zz_base",
        // a window of that name is no common table expression
        "SELECT n FROM users WINDOW w AS (ORDER BY n), zz_base AS (ORDER BY n)"
            + " UNION ALL SELECT n FROM zz_base",
      })
  void aViewHiddenByNoCommonTableExpressionInAnUnparsedQueryIsRead(String sql) {
    Schema schema = new Schema(List.of(BASE, unparsed("aa_report", sql)));

    assertEquals(Set.of("zz_base"), schema.dependencies().reads("aa_report"));
  }

  @Test
  void anUnparsedQueryWhoseCommonTableExpressionIsNamedLikeItsReaderMakesNoCycle() {
    ViewDefinition reader =
        ViewDefinition.builder("a", "SELECT n FROM b", "com.example.A", "hash")
            .reads(Optional.of(List.of("b")))
            .build();
    ViewDefinition read = unparsed("b", "WITH a AS (SELECT n FROM users) SELECT n FROM a");
    Schema schema = new Schema(List.of(reader, read));

    assertEquals(Optional.empty(), schema.dependencies().cycle());
    assertEquals(List.of("b", "a"), schema.dependencies().creationOrder());
  }

  /** A view whose reads are unknown, as when the parser could not read its query. */
  private static ViewDefinition unparsed(String name, String sql) {
    return ViewDefinition.builder(name, sql, "com.example.View", "hash").build();
  }
}
