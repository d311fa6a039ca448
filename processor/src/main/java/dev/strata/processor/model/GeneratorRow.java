package dev.strata.processor.model;

import java.util.Objects;

/**
 * A row of the table a {@code @TableGenerator} (or {@code GenerationType.TABLE}) reads its keys
 * from, as Hibernate's schema export inserts it: {@code ('default', 0)} in {@code
 * hibernate_sequences(sequence_name, next_val)}, so that the first insert finds its segment.
 *
 * @param segmentColumn the column naming the segment ({@code pkColumnName})
 * @param segment the segment's name ({@code pkColumnValue})
 * @param valueColumn the column holding the next value ({@code valueColumnName})
 * @param initialValue the value the row starts with ({@code initialValue})
 */
public record GeneratorRow(
    String segmentColumn, String segment, String valueColumn, long initialValue) {

  public GeneratorRow {
    Objects.requireNonNull(segment, "segment");
    if (!SqlIdentifiers.isValid(segmentColumn) || !SqlIdentifiers.isValid(valueColumn)) {
      throw new IllegalArgumentException(
          "Not valid generator columns: " + segmentColumn + ", " + valueColumn);
    }
  }

  /** The statement that inserts the row, in SQL every supported database reads alike. */
  public String insert(String table) {
    return "INSERT INTO "
        + table
        + " ("
        + segmentColumn
        + ", "
        + valueColumn
        + ") VALUES ("
        + literal(segment)
        + ", "
        + initialValue
        + ")";
  }

  /**
   * The statement that gives the row of segment {@code formerSegment} this row's segment, keeping
   * its value: the segment of a table renamed.
   */
  public String rename(String table, String formerSegment) {
    return "UPDATE "
        + table
        + " SET "
        + segmentColumn
        + " = "
        + literal(segment)
        + " WHERE "
        + segmentColumn
        + " = "
        + literal(formerSegment);
  }

  /** The statement that deletes the row again. */
  public String delete(String table) {
    return "DELETE FROM " + table + " WHERE " + segmentColumn + " = " + literal(segment);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
