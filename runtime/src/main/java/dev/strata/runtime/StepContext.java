package dev.strata.runtime;

import java.sql.Connection;

/**
 * What a {@link JavaStep} works with: the migration's {@link Operations}, its JDBC connection, and
 * the kind of database, for SQL that differs between them.
 *
 * <pre>{@code
 * public void upgrade(StepContext step) throws SQLException {
 *   String concat = step.database() == DatabaseKind.MYSQL
 *       ? "CONCAT(first_name, ' ', last_name)" : "first_name || ' ' || last_name";
 *   step.operations().execute("UPDATE customers SET full_name = " + concat);
 * }
 * }</pre>
 */
public interface StepContext {

  /**
   * The migration's operations: statements run through them are journaled and, where DDL commits at
   * once, undone or listed when the migration fails, like the generated ones.
   */
  Operations operations();

  /**
   * The migration's connection, in its transaction, for queries and batches. Committing, rolling
   * back, closing it or changing its auto-commit mode is refused: Strata ends the transaction. So
   * is moving it to another schema ({@code setSchema}, {@code setCatalog}), where the rest of the
   * run would go on: qualify another schema's names in the SQL instead. Its statements, their
   * result sets and its metadata lead back to this connection, never to the driver's; the
   * statements the step leaves open are closed when it returns.
   */
  Connection connection();

  /** The kind of database the step runs on. */
  DatabaseKind database();
}
