package dev.strata.processor.plan;

/**
 * Which way a sequence of operations moves between two consecutive schemas: it decides the words of
 * the comments in generated code, where a downgrade brings earlier columns back.
 */
enum Direction {
  UPGRADE(" changes its columns", " with its new columns"),
  DOWNGRADE(" gets its earlier columns back", " with its earlier columns");

  private final String columnsChange;
  private final String newColumns;

  Direction(String columnsChange, String newColumns) {
    this.columnsChange = columnsChange;
    this.newColumns = newColumns;
  }

  /** Said of a view dropped because its columns change. */
  String columnsChange() {
    return columnsChange;
  }

  /** Said of a view created again with other columns. */
  String newColumns() {
    return newColumns;
  }
}
