package dev.strata.runtime.internal.jdbc;

import java.sql.SQLException;

/**
 * A value read from the database, such as whether a statement took effect or a lock was free:
 * {@link java.util.function.Supplier} for code that may throw {@link SQLException}.
 */
@FunctionalInterface
public interface SqlSupplier<T> {

  T get() throws SQLException;
}
