package dev.strata.runtime.internal.jdbc;

import java.sql.SQLException;

/**
 * A value written to the database, such as a run's progress: {@link java.util.function.Consumer}
 * for code that may throw {@link SQLException}.
 */
@FunctionalInterface
public interface SqlConsumer<T> {

  void accept(T value) throws SQLException;
}
