package dev.strata.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * @param users the tables whose keys the row gives, sorted by name; never part of a migration's
 *     checksum, and none in a snapshot recorded before they were kept
 */
public record GeneratorRow(
    String segmentColumn,
    String segment,
    String valueColumn,
    long initialValue,
    List<KeyUser> users) {

  public GeneratorRow {
    Objects.requireNonNull(segment, "segment");
    users = users.stream().sorted(Comparator.comparing(KeyUser::table)).toList();
    if (!SqlIdentifiers.isValid(segmentColumn) || !SqlIdentifiers.isValid(valueColumn)) {
      throw new IllegalArgumentException(
          "Not valid generator columns: " + segmentColumn + ", " + valueColumn);
    }
  }

  /** A row whose users are not known. */
  public GeneratorRow(String segmentColumn, String segment, String valueColumn, long initialValue) {
    this(segmentColumn, segment, valueColumn, initialValue, List.of());
  }

  /** The same row with {@code more} users besides its own. */
  public GeneratorRow withUsers(List<KeyUser> more) {
    List<KeyUser> all = new ArrayList<>(users);
    more.stream()
        .filter(user -> all.stream().noneMatch(u -> u.table().equalsIgnoreCase(user.table())))
        .forEach(all::add);
    return new GeneratorRow(segmentColumn, segment, valueColumn, initialValue, all);
  }

  /** Whether {@code other} is the same row, whoever uses it. */
  public boolean sameRow(GeneratorRow other) {
    return segmentColumn.equals(other.segmentColumn)
        && segment.equals(other.segment)
        && valueColumn.equals(other.valueColumn)
        && initialValue == other.initialValue;
  }

  /**
   * The statement that moves the row's value past the keys {@code keyColumn} of {@code user}'s
   * table holds, unless it is there already: Hibernate takes a value {@code v} for the keys {@code
   * v - increment + 2} to {@code v + 1} (measured on H2, PostgreSQL and MariaDB), so the highest
   * key plus the increment less one. A table without rows leaves it.
   */
  public String startAfterKeys(String table, KeyUser user, String keyColumn) {
    String past =
        "(SELECT MAX("
            + keyColumn
            + ") + "
            + (user.increment() - 1)
            + " FROM "
            + user.table()
            + ")";
    return "UPDATE "
        + table
        + " SET "
        + valueColumn
        + " = "
        + past
        + " WHERE "
        + segmentColumn
        + " = "
        + literal(segment)
        + " AND "
        + valueColumn
        + " < "
        + past;
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
