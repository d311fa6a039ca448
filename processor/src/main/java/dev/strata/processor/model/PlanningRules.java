package dev.strata.processor.model;

/**
 * The rules a version was planned under, recorded in its snapshot so that a version keeps its plan,
 * and the checksum a database has applied, whatever later Strata releases plan differently.
 * Snapshots recorded before there was a choice plan under {@link #VIEWS_PER_TABLE}.
 */
public enum PlanningRules {

  /**
   * A view that reads a table whose existing columns change (type, nullability, rename, drop) is
   * dropped before the change and created again after it, whichever columns it reads.
   */
  VIEWS_PER_TABLE(1),

  /**
   * Only the views that may read a changing column are dropped and created again: those whose
   * recorded {@link ColumnReads} name it, or {@code *}, or that nobody could analyse. Views that
   * read a table that is dropped or renamed are rebuilt as before.
   */
  VIEWS_PER_COLUMN(2),

  /**
   * As {@link #VIEWS_PER_COLUMN}, and a materialized view whose indexes alone change keeps its
   * rows: the indexes that go are dropped and the new ones created, where the earlier rules drop
   * the view and create it again.
   */
  MATERIALIZED_INDEXES_IN_PLACE(3),

  /**
   * As {@link #MATERIALIZED_INDEXES_IN_PLACE}, and a table renamed with its key sequence, or its
   * {@code @TableGenerator} segment, named after it renames the sequence or the segment's row,
   * which keeps its position, where the earlier rules drop it and create the new one at its start.
   */
  KEY_GENERATORS_FOLLOW_TABLES(4),

  /**
   * As {@link #KEY_GENERATORS_FOLLOW_TABLES}, and a view that may read every column of a view or
   * table gaining columns ({@code SELECT *}, {@code SELECT o.*}) is dropped and created again after
   * it, so that it returns the new columns, where the earlier rules leave it with the columns its
   * star stood for when it was created.
   */
  STAR_READERS_FOLLOW_COLUMNS(5);

  /** The rules new versions are recorded under. */
  public static final PlanningRules CURRENT = STAR_READERS_FOLLOW_COLUMNS;

  private final int number;

  PlanningRules(int number) {
    this.number = number;
  }

  /** The number a snapshot records, {@code planningRules}, written only when not 1. */
  public int number() {
    return number;
  }

  /**
   * @throws IllegalArgumentException for a number this Strata does not know
   */
  public static PlanningRules of(int number) {
    for (PlanningRules rules : values()) {
      if (rules.number == number) {
        return rules;
      }
    }
    throw new IllegalArgumentException(
        "Planning rules " + number + " are newer than this Strata: upgrade Strata to read them");
  }
}
