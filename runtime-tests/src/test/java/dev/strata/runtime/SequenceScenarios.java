package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.internal.dialect.RecordingOperations;
import dev.strata.runtime.testing.FakeMigration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sequences as Hibernate's generators read them, run on H2, PostgreSQL and MariaDB by the
 * subclasses: a renamed sequence gives next the value the old one would have given, up and down, so
 * the keys it generates go on after those the rows hold; a sequence started after a table's keys
 * gives next the highest key plus its increment, and never moves back.
 */
abstract class SequenceScenarios extends DatabaseScenarios {

  private static final FakeMigration CREATE =
      FakeMigration.of(
          1,
          "Create Bin_SEQ",
          ops -> ops.createSequence("Bin_SEQ", 1L, 50L),
          ops -> ops.dropSequence("Bin_SEQ"));

  private static final FakeMigration RENAME =
      FakeMigration.of(
          2,
          "Rename Bin_SEQ",
          ops -> ops.renameSequence("Bin_SEQ", "StorageBin_SEQ"),
          ops -> ops.renameSequence("StorageBin_SEQ", "Bin_SEQ"));

  @Test
  void aRenamedSequenceGoesOnFromItsPositionUpAndDown() {
    strata(CREATE).upgrade();
    assertEquals(List.of(1L, 51L), List.of(next("Bin_SEQ"), next("Bin_SEQ")));

    Strata strata = strata(CREATE, RENAME);
    strata.upgrade();
    assertEquals(List.of("storagebin_seq"), sequences());
    long renamed = assertGoesOnAfter("StorageBin_SEQ", 51L);

    strata.downgrade(1);
    assertEquals(List.of("bin_seq"), sequences());
    assertGoesOnAfter("Bin_SEQ", renamed);
  }

  @Test
  void aSequenceStartedAfterATablesKeysGivesTheHighestKeyPlusItsIncrementNext() {
    database.execute(
        "CREATE TABLE Invoice (id BIGINT PRIMARY KEY)",
        "INSERT INTO Invoice (id) VALUES (1)",
        "INSERT INTO Invoice (id) VALUES (70)",
        "CREATE TABLE Draft (id BIGINT PRIMARY KEY)");
    FakeMigration started =
        FakeMigration.of(
            1,
            "Generate keys",
            ops -> {
              ops.createSequence("Invoice_SEQ", 1L, 50L);
              ops.startSequenceAfterKeys("Invoice_SEQ", 50L, "Invoice", "id");
              ops.createSequence("Draft_SEQ", 1L, 50L);
              ops.startSequenceAfterKeys("Draft_SEQ", 50L, "Draft", "id");
            },
            ops -> {
              ops.dropSequence("Invoice_SEQ");
              ops.dropSequence("Draft_SEQ");
            });
    strata(started).upgrade();

    assertEquals(List.of(120L, 170L), List.of(next("Invoice_SEQ"), next("Invoice_SEQ")));
    assertEquals(1L, next("Draft_SEQ"), "a table without rows leaves the sequence at its start");
  }

  // a resumed run runs the statements again, in whole or in part; a sequence past the keys stays
  @Test
  void aSequenceStartedAfterKeysAgainOrAlreadyPastThemNeverMovesBack() {
    database.execute(
        "CREATE TABLE Invoice (id BIGINT PRIMARY KEY)",
        "INSERT INTO Invoice (id) VALUES (70)",
        "CREATE SEQUENCE Invoice_SEQ START WITH 1 INCREMENT BY 50");
    List<String> start =
        RecordingOperations.render(
            Dialects.of(kind()),
            FakeMigration.of(
                1,
                "Start",
                ops -> ops.startSequenceAfterKeys("Invoice_SEQ", 50L, "Invoice", "id"),
                ops -> {}),
            Direction.UPGRADE);

    database.execute(start.get(0));
    database.execute(start.toArray(String[]::new));
    database.execute(start.toArray(String[]::new));
    assertEquals(120L, next("Invoice_SEQ"));

    database.execute("ALTER SEQUENCE Invoice_SEQ RESTART WITH 1000");
    database.execute(start.toArray(String[]::new));
    assertEquals(1000L, next("Invoice_SEQ"));
  }

  /**
   * Takes two values of {@code sequence}, each a step of 50 above the last, the first above {@code
   * last}: exactly the next one on H2 and PostgreSQL, and on MariaDB, whose sequences hand out a
   * cached block, maybe one past the block; never one given before. Returns the second.
   */
  private long assertGoesOnAfter(String sequence, long last) {
    long first = next(sequence);
    long second = next(sequence);
    assertTrue(first > last && (first - 1) % 50 == 0, () -> sequence + " gave " + first);
    if (kind() != DatabaseKind.MYSQL) {
      assertEquals(last + 50, first);
    }
    assertEquals(first + 50, second);
    return second;
  }

  private long next(String sequence) {
    String query =
        kind() == DatabaseKind.POSTGRESQL
            ? "SELECT nextval('" + sequence + "')"
            : "SELECT NEXT VALUE FOR " + sequence;
    return Long.parseLong(database.rows(query).get(0));
  }

  private List<String> sequences() {
    String query =
        switch (kind()) {
          case MYSQL ->
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_type = 'SEQUENCE' AND table_schema = DATABASE()";
          case POSTGRESQL ->
              "SELECT sequence_name FROM information_schema.sequences"
                  + " WHERE sequence_schema = current_schema()";
          default ->
              "SELECT sequence_name FROM information_schema.sequences"
                  + " WHERE sequence_schema = CURRENT_SCHEMA";
        };
    return database.rows(query).stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }
}
