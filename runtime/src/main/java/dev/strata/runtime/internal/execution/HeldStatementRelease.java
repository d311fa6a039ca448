package dev.strata.runtime.internal.execution;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A run's connection as its operations, catalog reads and hand-written steps use it: before any
 * call passes through, the statement that the {@link StatementRunner} holds back is executed, so
 * that whatever uses the connection next finds the database as the migration's statements left it.
 */
final class HeldStatementRelease implements InvocationHandler {

  private final Connection connection;
  private final StatementRunner statements;

  private HeldStatementRelease(Connection connection, StatementRunner statements) {
    this.connection = connection;
    this.statements = statements;
  }

  /** {@code connection}, releasing what {@code statements} holds before each call. */
  static Connection of(Connection connection, StatementRunner statements) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new HeldStatementRelease(connection, statements));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    statements.release();
    try {
      return method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
