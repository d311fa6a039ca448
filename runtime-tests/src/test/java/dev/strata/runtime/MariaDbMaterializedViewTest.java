package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Materialized views on MariaDB, where a table filled from the query stands in for each. */
class MariaDbMaterializedViewTest extends MaterializedViewScenarios {

  private static final String INDEXES =
      "SELECT INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, NON_UNIQUE,"
          + " INDEX_COMMENT FROM INFORMATION_SCHEMA.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
          + " AND TABLE_NAME = 'notes_by_author' ORDER BY INDEX_NAME, SEQ_IN_INDEX";

  private static final String INDEXES_IGNORED =
      "SELECT INDEX_NAME, IGNORED, INDEX_COMMENT FROM INFORMATION_SCHEMA.STATISTICS"
          + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'notes_by_author'"
          + " ORDER BY INDEX_NAME, SEQ_IN_INDEX";

  // with one declared index
  private static final FakeMigration CREATE_NOTES_BY_AUTHOR =
      FakeMigration.of(
          1,
          "Create notes_by_author",
          ops ->
              ops.createMaterializedView(
                  "notes_by_author",
                  "SELECT author, body FROM notes",
                  true,
                  List.of(Index.on("notes_by_author_author", List.of("author")))),
          ops -> ops.dropMaterializedView("notes_by_author"));

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  /**
   * A refresh fills a new table and swaps it in: the indexes a DBA added to the old one are made
   * again on it as the catalog describes them, of every kind, with prefixes, order and comments.
   */
  @Test
  void aRefreshMakesTheIndexesADbaAddedAgainAsTheyWere() {
    createNotes();
    Strata strata = strata(CREATE_NOTES_BY_AUTHOR);
    strata.upgrade();
    database.execute(
        "CREATE FULLTEXT INDEX notes_by_author_words ON notes_by_author (body)",
        "CREATE UNIQUE INDEX notes_by_author_prefix ON notes_by_author (author(3) DESC, body(10))"
            + " COMMENT 'the DBA''s'");
    List<String> before = database.rows(INDEXES);

    strata.refreshAll();

    assertEquals(before, database.rows(INDEXES));
    assertEquals(
        List.of("bob"),
        database.rows("SELECT author FROM notes_by_author WHERE MATCH (body) AGAINST ('second')"));
  }

  /**
   * The indexes come back as they were whatever the session's SQL mode: a comment with a backslash
   * where {@code NO_BACKSLASH_ESCAPES} makes it an ordinary character, and an index the optimizer
   * is told to ignore.
   */
  @Test
  void aRefreshUnderNoBackslashEscapesKeepsADbaIndexsCommentAndWhetherItIsIgnored() {
    createNotes();
    Strata strata =
        strataInSqlMode(
            "NO_BACKSLASH_ESCAPES", FakeSource.of("main", List.of(CREATE_NOTES_BY_AUTHOR)));
    strata.upgrade();
    database.execute(
        "SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES'",
        "CREATE INDEX notes_by_author_body ON notes_by_author (body(20))"
            + " COMMENT 'dumped to C:\\dumps\\ by the DBA''s job' IGNORED");
    List<String> before = database.rows(INDEXES_IGNORED);

    strata.refreshAll();

    assertEquals(
        List.of(
            "notes_by_author_author|NO|",
            "notes_by_author_body|YES|dumped to C:\\dumps\\ by the DBA's job"),
        before);
    assertEquals(before, database.rows(INDEXES_IGNORED));
  }

  /**
   * A migration that drops the view and creates it with another query gives the new table the
   * indexes a DBA added to the old one, but one whose column the new query lacks.
   */
  @Test
  void aViewCreatedAgainByAMigrationGetsBackTheIndexesADbaAddedThatStillFit() {
    createNotes();
    FakeMigration create =
        FakeMigration.of(
            1,
            "Create notes_by_author",
            ops ->
                ops.createMaterializedView(
                    "notes_by_author", "SELECT id, author, body FROM notes", true, List.of()),
            ops -> ops.dropMaterializedView("notes_by_author"));
    FakeMigration withoutIds =
        FakeMigration.of(
            2,
            "Replace notes_by_author",
            ops -> {
              ops.dropMaterializedView("notes_by_author");
              ops.createMaterializedView(
                  "notes_by_author", "SELECT author, body FROM notes", true, List.of());
            },
            ops -> {
              ops.dropMaterializedView("notes_by_author");
              ops.createMaterializedView(
                  "notes_by_author", "SELECT id, author, body FROM notes", true, List.of());
            });
    strata(create).upgrade();
    database.execute(
        "CREATE FULLTEXT INDEX notes_by_author_words ON notes_by_author (body)",
        "CREATE INDEX notes_by_author_id ON notes_by_author (id)");

    strata(create, withoutIds).upgrade();

    assertEquals(
        List.of("notes_by_author_words|1|body|null|null|FULLTEXT|1|"), database.rows(INDEXES));
  }

  /**
   * A migration that drops the view and then fails is undone by creating the view again from its
   * record: with the indexes a DBA added too, not only those its migrations declared.
   */
  @Test
  void aViewDroppedByAFailedMigrationComesBackWithTheIndexesADbaAdded() {
    createNotes();
    FakeMigration failing =
        FakeMigration.of(
            2,
            "Drop notes_by_author, then fail",
            ops -> {
              ops.dropMaterializedView("notes_by_author");
              ops.execute("CREATE VIEW broken AS SELECT no_such_column FROM notes");
            },
            ops -> {});
    strata(CREATE_NOTES_BY_AUTHOR).upgrade();
    database.execute("CREATE FULLTEXT INDEX notes_by_author_words ON notes_by_author (body)");
    List<String> before = database.rows(INDEXES);

    assertThrows(StrataException.class, () -> strata(CREATE_NOTES_BY_AUTHOR, failing).upgrade());

    assertEquals(before, database.rows(INDEXES));
    assertEquals(List.of("main:1"), database.history());
  }

  private void createNotes() {
    database.execute(
        "CREATE TABLE notes (id INT PRIMARY KEY, author VARCHAR(40), body TEXT)",
        "INSERT INTO notes VALUES (1, 'ann', 'first words'), (2, 'bob', 'second words')");
  }
}
