package dev.strata.processor.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows of the tables a view reads, which the schema allows, on which the view returns NULL in a
 * column.
 *
 * @param withRow the tables holding one row, each column given a value
 * @param empty the tables the view reads that hold none
 * @param nullColumn the one column, {@code table.column}, held NULL in its table's row, if any
 * @param number the value of the rows' numeric columns, where it is not the first tried
 * @param twoRows whether each table of {@code withRow} holds two rows, one with {@code nullColumn}
 *     NULL, the other with every column a value
 */
public record NullWitness(
    List<String> withRow,
    List<String> empty,
    Optional<String> nullColumn,
    Optional<String> number,
    boolean twoRows) {

  public NullWitness {
    withRow = List.copyOf(withRow);
    empty = List.copyOf(empty);
  }

  /** Rows of one row in each table of {@code withRow}. */
  public NullWitness(
      List<String> withRow,
      List<String> empty,
      Optional<String> nullColumn,
      Optional<String> number) {
    this(withRow, empty, nullColumn, number, false);
  }

  /** The rows, as a clause of a sentence: {@code when orders holds no row}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (withRow.isEmpty() && empty.isEmpty()) {
      return "whatever the tables hold";
    }
    if (withRow.isEmpty()) {
      return "when " + names(empty) + (empty.size() == 1 ? " holds" : " hold") + " no row";
    }
    if (twoRows) {
      parts.add(
          "when "
              + names(withRow)
              + (withRow.size() == 1 ? " holds two rows" : " each hold two rows")
              + nullColumn.map(column -> ", one of them with `" + column + "` NULL").orElse(""));
    } else {
      parts.add(
          "when "
              + names(withRow)
              + (withRow.size() == 1 ? " holds a row" : " each hold a row")
              + nullColumn.map(column -> " whose `" + column + "` is NULL").orElse("")
              + number.map(value -> " whose numbers are " + value).orElse(""));
    }
    if (!empty.isEmpty()) {
      parts.add(names(empty) + (empty.size() == 1 ? " holds" : " hold") + " none");
    }
    return String.join(" and ", parts);
  }

  private static String names(List<String> tables) {
    List<String> quoted = tables.stream().map(table -> "`" + table + "`").toList();
    if (quoted.size() == 1) {
      return quoted.get(0);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " and "
        + quoted.get(quoted.size() - 1);
  }
}
