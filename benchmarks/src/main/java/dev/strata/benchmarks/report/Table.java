package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table, built row by row. */
public final class Table {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(String... header) {
    this.header = List.of(header);
  }

  public Table row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(
          "A row of " + cells.length + " cells in a table of " + header.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  public Table row(List<String> cells) {
    return row(cells.toArray(String[]::new));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    line(text, header);
    text.append('|');
    header.forEach(h -> text.append(" --- |"));
    text.append('\n');
    rows.forEach(row -> line(text, row));
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells) {
    text.append('|');
    cells.forEach(cell -> text.append(' ').append(cell).append(" |"));
    text.append('\n');
  }
}
