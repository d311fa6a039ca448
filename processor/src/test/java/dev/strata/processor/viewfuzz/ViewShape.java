package dev.strata.processor.viewfuzz;

/**
 * How a generated view reads the base tables, which decides its key column {@code id}: a row of
 * {@code item}, a group of its {@code grp}, a row of {@code tag} joined to its item, or the rows of
 * two queries of {@code item} put together.
 */
public enum ViewShape {
  /** {@code SELECT id, e AS v FROM item}. */
  ROW,
  /** {@code SELECT DISTINCT id, e AS v FROM item}. */
  DISTINCT,
  /** {@code SELECT grp AS id, aggregate AS v FROM item GROUP BY grp}: an {@code Integer} key. */
  GROUPED,
  /** {@code SELECT t.id, e AS v FROM item i JOIN tag t ON t.itemId = i.id}. */
  JOINED,
  /** {@code SELECT id, e AS v FROM item UNION ALL SELECT id + 100, e2 FROM item}. */
  UNION;

  /** The key field's type: the group's {@code Integer}, else a row's {@code Long}. */
  public FieldType keyType() {
    return this == GROUPED ? FieldType.INTEGER : FieldType.LONG;
  }
}
