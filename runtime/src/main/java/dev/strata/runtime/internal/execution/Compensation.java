package dev.strata.runtime.internal.execution;

import java.sql.SQLException;
import java.util.List;

/**
 * What undoing a failed migration did: the statements that ran, the one that failed if any, and the
 * migration's statements whose effect remains in the database.
 *
 * @param ran the compensating statements that ran, in order
 * @param failedStatement the compensating step that failed, or null if all succeeded
 * @param failure the database's exception for {@code failedStatement}, or null
 * @param remaining the migration's statements that still have effect, in the order they ran
 */
record Compensation(
    List<String> ran, String failedStatement, SQLException failure, List<String> remaining) {

  Compensation {
    ran = List.copyOf(ran);
    remaining = List.copyOf(remaining);
  }

  boolean succeeded() {
    return failure == null;
  }
}
