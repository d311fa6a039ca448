package dev.strata.runtime.internal.jdbc;

import java.sql.SQLException;

/**
 * A step on a connection that returns nothing, such as a rollback or a lock's release: {@link
 * Runnable} for code that may throw {@link SQLException}.
 */
@FunctionalInterface
public interface SqlAction {

  void run() throws SQLException;
}
