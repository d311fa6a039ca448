package dev.strata.runtime;

import java.util.Objects;

/**
 * One disagreement between the history table and the code that {@link Strata#validate()} found.
 *
 * <pre>{@code
 * for (ValidationProblem problem : report.problems()) {
 *   if (problem.kind() == ValidationProblem.Kind.CHECKSUM_MISMATCH) { ... }
 * }
 * }</pre>
 *
 * @param set the migration set
 * @param version the version at fault (for {@link Kind#MISSING_FROM_CODE}, the lowest one)
 * @param kind what is wrong
 * @param message what is wrong and what to do, as {@link Strata#upgrade()} would report it
 */
public record ValidationProblem(String set, int version, Kind kind, String message) {

  /** What is wrong with an applied migration. */
  public enum Kind {
    /** Applied with another checksum than the code's: its snapshot changed after it was applied. */
    CHECKSUM_MISMATCH,
    /** Applied in the database but absent from the code: the code is older than the database. */
    MISSING_FROM_CODE,
    /** A run of it began and did not finish, or failed and could not be undone: see repair(). */
    FAILED,
    /** A version is missing below an applied one: the history table was edited by hand. */
    HISTORY_GAP
  }

  public ValidationProblem {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
