package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.Identifiers;
import java.util.List;

/**
 * The DDL of sequences, which H2, PostgreSQL and MariaDB (10.3+) write alike, in standard SQL, as
 * Hibernate's dialects write them for its sequence generators; MySQL has no sequences and refuses
 * the statement, which names it.
 */
public final class SequenceDdl {

  private SequenceDdl() {}

  /** {@code CREATE SEQUENCE author_SEQ START WITH 1 INCREMENT BY 50}. */
  public static String create(String name, long start, long increment) {
    return "CREATE SEQUENCE "
        + Identifiers.requireValid(name, "sequence name")
        + " START WITH "
        + start
        + " INCREMENT BY "
        + increment;
  }

  /** {@code ALTER SEQUENCE Bin_SEQ RENAME TO StorageBin_SEQ}, as PostgreSQL writes it. */
  static String rename(String from, String to) {
    return "ALTER SEQUENCE "
        + Identifiers.requireValid(from, "sequence name")
        + " RENAME TO "
        + Identifiers.requireValid(to, "sequence name");
  }

  /** {@code RENAME TABLE Bin_SEQ TO StorageBin_SEQ}: a sequence is a table on MariaDB. */
  static String renameAsTable(String from, String to) {
    return "RENAME TABLE "
        + Identifiers.requireValid(from, "sequence name")
        + " TO "
        + Identifiers.requireValid(to, "sequence name");
  }

  /**
   * H2's rename, which it has no statement for: the new sequence with the old one's start and
   * increment, restarted at the old one's next value ({@code BASE_VALUE}), then the old one
   * dropped; each value read from the catalog as the statement runs. Each statement may run again
   * after the run died part way, as a resumed run runs it: the new sequence is created only if
   * missing, restarted at its own position once the old one is gone, and the old one dropped only
   * if there.
   */
  static List<String> renameByCopy(String from, String to) {
    String name = Identifiers.requireValid(to, "sequence name");
    String old = Identifiers.requireValid(from, "sequence name");
    return List.of(
        "CREATE SEQUENCE IF NOT EXISTS "
            + name
            + " START WITH "
            + catalogValue("START_VALUE", old)
            + " INCREMENT BY "
            + catalogValue("INCREMENT", old),
        "ALTER SEQUENCE "
            + name
            + " RESTART WITH COALESCE("
            + catalogValue("BASE_VALUE", old)
            + ", "
            + catalogValue("BASE_VALUE", name)
            + ")",
        "DROP SEQUENCE IF EXISTS " + old);
  }

  /**
   * The statements that move {@code sequence}'s next value past the keys {@code keyColumn} of
   * {@code table} holds, to the highest plus {@code increment}, unless it is there already: each
   * database's own way, as a statement reads the keys when it runs. Each may run again after a run
   * died part way, as a resumed run runs it: the sequence never moves back.
   *
   * @throws IllegalArgumentException for an increment that is not positive, whose sequence counts
   *     down, away from no key
   */
  public static List<String> startAfterKeys(
      DatabaseKind kind, String sequence, long increment, String table, String keyColumn) {
    if (increment <= 0) {
      throw new IllegalArgumentException(
          "Sequence "
              + sequence
              + " counts down (increment "
              + increment
              + "): it has no start"
              + " after keys; restart it in a step");
    }
    String name = Identifiers.requireValid(sequence, "sequence name");
    String nextKey =
        "(SELECT MAX("
            + Identifiers.requireValid(keyColumn, "column name")
            + ") + "
            + increment
            + " FROM "
            + Identifiers.requireValid(table, "table name")
            + ")";
    return switch (kind) {
      // RESTART WITH takes an expression, read as the statement runs; BASE_VALUE is the next value
      case H2 ->
          List.of(
              "ALTER SEQUENCE "
                  + name
                  + " RESTART WITH GREATEST("
                  + catalogValue("BASE_VALUE", name)
                  + ", COALESCE("
                  + nextKey
                  + ", 0))");
      // SETVAL takes constants only, and EXECUTE IMMEDIATE no subquery: the value goes through a
      // variable of the session. SETVAL never moves a sequence back; 0, for no rows, leaves it
      case MYSQL ->
          List.of(
              "SET @strata_next_key = COALESCE(" + nextKey + ", 0)",
              "EXECUTE IMMEDIATE CONCAT('SELECT SETVAL(" + name + ", ', @strata_next_key, ', 0)')");
      // setval(..., false): nextval gives that value next; GREATEST skips the NULL of no rows
      default ->
          List.of(
              "SELECT setval('"
                  + name
                  + "', GREATEST((SELECT CASE WHEN is_called THEN last_value + "
                  + increment
                  + " ELSE last_value END FROM "
                  + name
                  + "), "
                  + nextKey
                  + "), false)");
    };
  }

  // H2 stores an unquoted name in upper case, or lower case in some modes: compared in one case
  private static String catalogValue(String column, String sequence) {
    return "(SELECT "
        + column
        + " FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = CURRENT_SCHEMA"
        + " AND UPPER(SEQUENCE_NAME) = UPPER('"
        + sequence
        + "'))";
  }

  public static String drop(String name) {
    return "DROP SEQUENCE " + Identifiers.requireValid(name, "sequence name");
  }
}
