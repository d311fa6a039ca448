package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.internal.Identifiers;

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

  public static String drop(String name) {
    return "DROP SEQUENCE " + Identifiers.requireValid(name, "sequence name");
  }
}
