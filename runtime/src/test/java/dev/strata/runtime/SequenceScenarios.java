package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sequences as Hibernate's generators read them, run on H2, PostgreSQL and MariaDB by the
 * subclasses: a renamed sequence gives next the value the old one would have given, up and down, so
 * the keys it generates go on after those the rows hold.
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
