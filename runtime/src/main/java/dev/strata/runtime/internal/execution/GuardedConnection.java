package dev.strata.runtime.internal.execution;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The migration's connection as a hand-written step sees it: every call passes through, except
 * those that would end or leave the migration's transaction, which Strata alone ends, and those
 * that would move the session to another schema, in which the rest of the run would go on. The
 * statements the step opens are closed when it returns.
 */
final class GuardedConnection implements InvocationHandler {

  // rollback(Savepoint) stays allowed: it undoes part of the step, not the migration
  private static final Set<String> REFUSED =
      Set.of("commit", "close", "setAutoCommit", "abort", "setTransactionIsolation");

  // MySQL's schemas are its catalogs: setCatalog is its USE
  private static final Set<String> MOVES_SCHEMA = Set.of("setSchema", "setCatalog");

  private final Connection connection;
  private final StepStatements statements;
  private final List<Statement> opened = new ArrayList<>();
  private int pruneAt = 64;
  private final Connection guarded;

  private GuardedConnection(Connection connection, StepStatements statements) {
    this.connection = connection;
    this.statements = statements;
    this.guarded =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
  }

  /** A guard on {@code connection} for the step whose SQL passes {@code statements}. */
  static GuardedConnection of(Connection connection, StepStatements statements) {
    return new GuardedConnection(connection, statements);
  }

  /** The connection as the step sees it. */
  Connection connection() {
    return guarded;
  }

  /**
   * Closes the statements the step left open, with their result sets: on PostgreSQL an open cursor
   * (a result set read with a fetch size) makes the migration's next {@code ALTER TABLE} of its
   * table fail, naming that statement rather than the step.
   */
  void closeLeftOpen() throws SQLException {
    for (Statement statement : opened) {
      if (!statement.isClosed()) {
        statement.close();
      }
    }
    opened.clear();
  }

  // a step that prepares a statement per row closes each: pruned, the closed ones are not held
  private void remember(Statement statement) throws SQLException {
    if (opened.size() >= pruneAt) {
      List<Statement> open = new ArrayList<>();
      for (Statement earlier : opened) {
        if (!earlier.isClosed()) {
          open.add(earlier);
        }
      }
      opened.clear();
      opened.addAll(open);
      pruneAt = Math.max(64, 2 * opened.size());
    }
    opened.add(statement);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    boolean wholeRollback = name.equals("rollback") && method.getParameterCount() == 0;
    String step = statements.step();
    if (REFUSED.contains(name) || wholeRollback) {
      throw new SQLException(
          "Hand-written step "
              + step
              + " called Connection."
              + name
              + "(): a step runs in its migration's transaction, which Strata ends. Leave the"
              + " connection as it is; throw to make the migration fail and roll back.");
    }
    if (MOVES_SCHEMA.contains(name)) {
      throw StepSql.movesSchema("Hand-written step " + step, "called Connection." + name + "()");
    }
    if (name.equals("unwrap") || name.equals("isWrapperFor")) {
      // the driver's own connection would let the step commit behind the guard
      return GuardedObject.unwrapped(proxy, (Class<?>) args[0], name, step);
    }
    if (name.equals("equals") && method.getParameterCount() == 1) {
      return proxy == args[0];
    }
    if (name.equals("hashCode") && method.getParameterCount() == 0) {
      return System.identityHashCode(proxy);
    }
    if (name.startsWith("prepare") && args != null && args[0] instanceof String sql) {
      statements.admit(sql);
    }
    Object result;
    try {
      result = method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result instanceof Statement statement) {
      remember(statement);
    }
    // a statement's or the metadata's getConnection() leads back here, not to the driver's
    return GuardedObject.wrap(result, (Connection) proxy, statements, null, null);
  }
}
