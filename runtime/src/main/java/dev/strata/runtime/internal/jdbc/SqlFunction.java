package dev.strata.runtime.internal.jdbc;

import java.sql.SQLException;

/**
 * Work on a JDBC object, such as a run on its session or parameters bound to a statement: {@link
 * java.util.function.Function} for code that may throw {@link SQLException}.
 */
@FunctionalInterface
public interface SqlFunction<T, R> {

  R apply(T input) throws SQLException;
}
