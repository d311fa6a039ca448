package dev.strata.runtime.internal.dialect;

/**
 * How a database gives the views that a migration drops and creates again their new queries, so
 * that a query running meanwhile finds each view, old or new, and never none.
 */
public enum ViewRecreation {
  /**
   * As the migration calls it, a drop then a create: PostgreSQL, whose DDL is transactional, so
   * that other sessions wait for the commit and then see the new views; and the generic dialect.
   */
  DROP_AND_CREATE,
  /**
   * {@code CREATE OR REPLACE VIEW} in place (H2), in an order in which the views that read each one
   * still fit it: H2 refuses a replacement that a reader no longer fits, and changes nothing then.
   */
  REPLACE_IN_PLACE,
  /**
   * Each new query created under a stand-in name, then swapped in with a {@code RENAME TABLE} of
   * its own, readers first (MySQL, MariaDB), whose views name what they read and find it by name
   * when queried.
   */
  SWAP_BY_RENAME
}
