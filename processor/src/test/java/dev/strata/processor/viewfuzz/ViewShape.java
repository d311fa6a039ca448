package dev.strata.processor.viewfuzz;

/**
 * How a generated view reads the base tables, which decides its key column {@code id}: a row of
 * {@code item}, a group of its {@code grp}, a row of {@code tag} joined to its item, the rows of
 * two queries of {@code item} put together, and the other shapes of query views are written in.
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
  UNION,
  /** {@code WITH c AS (SELECT id, e AS v FROM item) SELECT id, v FROM c}. */
  COMMON_TABLE,
  /** {@code SELECT s.id, s.v FROM (SELECT id, e AS v FROM item) s}. */
  DERIVED_TABLE,
  /** {@code SELECT id, e AS v FROM item WHERE born <= CURRENT_DATE}. */
  FILTERED,
  /** {@code SELECT grp AS id, aggregate AS v FROM item GROUP BY grp HAVING COUNT(*) > 0}. */
  HAVING,
  /** An item and at most one of its tags: {@code t}'s columns NULL where none matches. */
  LEFT_JOINED,
  /** The same, keyed by the tag's {@code id}: a key that is NULL where no tag matches. */
  LEFT_JOIN_KEY,
  /** Every tag with its item, keyed by the item's {@code id}: a key that repeats. */
  REPEATED_KEY;

  /** The key field's type: the group's {@code Integer}, else a row's {@code Long}. */
  public FieldType keyType() {
    return this == GROUPED || this == HAVING ? FieldType.INTEGER : FieldType.LONG;
  }

  /**
   * Whether its expression reads {@code item} as {@code i} and may read {@code tag} as {@code t}.
   */
  public boolean joined() {
    return this == JOINED || this == LEFT_JOINED || this == LEFT_JOIN_KEY || this == REPEATED_KEY;
  }

  /** Whether its expression is an aggregate over a group of {@code grp}. */
  public boolean grouped() {
    return this == GROUPED || this == HAVING;
  }
}
