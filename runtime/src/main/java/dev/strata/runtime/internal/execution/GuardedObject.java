package dev.strata.runtime.internal.execution;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement, result set or metadata that a hand-written step reached from its {@link
 * GuardedConnection}: every call passes through, and every way back to a connection ({@code
 * getConnection()}, a result set's {@code getStatement()}, {@code unwrap}) leads to the guarded
 * connection, never to the driver's, on which the step could commit or close the migration's.
 */
final class GuardedObject implements InvocationHandler {

  // subtypes first: a proxy of a PreparedStatement must still be one
  private static final List<Class<?>> GUARDED =
      List.of(
          CallableStatement.class,
          PreparedStatement.class,
          Statement.class,
          ResultSet.class,
          DatabaseMetaData.class);

  private final Object target;
  private final Connection connection;
  private final StepStatements statements;
  private final Object owner;
  private final Object ownerTarget;

  private GuardedObject(
      Object target,
      Connection connection,
      StepStatements statements,
      Object owner,
      Object ownerTarget) {
    this.target = target;
    this.connection = connection;
    this.statements = statements;
    this.owner = owner;
    this.ownerTarget = ownerTarget;
  }

  /**
   * {@code result} guarded if it is a JDBC object that leads back to a connection, else as it is.
   *
   * @param connection the step's guarded connection
   * @param statements what the step's SQL passes first
   * @param owner the guarded statement that returned {@code result}, which a result set's {@code
   *     getStatement()} returns when it is that statement; null when the connection returned it
   * @param ownerTarget the driver's object behind {@code owner}
   */
  static Object wrap(
      Object result,
      Connection connection,
      StepStatements statements,
      Object owner,
      Object ownerTarget) {
    if (result == null || Proxy.isProxyClass(result.getClass()) && isGuarded(result)) {
      return result;
    }
    List<Class<?>> interfaces = new ArrayList<>();
    for (Class<?> type : GUARDED) {
      if (type.isInstance(result)) {
        interfaces.add(type);
      }
    }
    if (interfaces.isEmpty()) {
      return result;
    }
    return Proxy.newProxyInstance(
        GuardedObject.class.getClassLoader(),
        interfaces.toArray(Class<?>[]::new),
        new GuardedObject(result, connection, statements, owner, ownerTarget));
  }

  /**
   * What {@code unwrap} or {@code isWrapperFor} answers on a guarded {@code proxy}: the proxy
   * itself for the interfaces it implements, and a refusal of the driver's own object, which would
   * let the step end the migration's transaction behind the guard.
   */
  static Object unwrapped(Object proxy, Class<?> type, String method, String step)
      throws SQLException {
    if (method.equals("isWrapperFor")) {
      return type.isInstance(proxy);
    }
    if (type.isInstance(proxy)) {
      return proxy;
    }
    throw new SQLException(
        "Hand-written step "
            + step
            + " cannot unwrap the migration's connection or its statements to "
            + type.getName()
            + ": the driver's own objects would let it end the migration's transaction. Use the"
            + " java.sql interfaces.");
  }

  private static boolean isGuarded(Object proxy) {
    InvocationHandler handler = Proxy.getInvocationHandler(proxy);
    return handler instanceof GuardedObject || handler instanceof GuardedConnection;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (name.equals("unwrap") || name.equals("isWrapperFor")) {
      return unwrapped(proxy, (Class<?>) args[0], name, statements.step());
    }
    if (name.equals("equals") && method.getParameterCount() == 1) {
      return proxy == args[0];
    }
    if (name.equals("hashCode") && method.getParameterCount() == 0) {
      return System.identityHashCode(proxy);
    }
    if (method.getReturnType() == Connection.class) {
      return connection;
    }
    if ((name.startsWith("execute") || name.equals("addBatch"))
        && args != null
        && args[0] instanceof String sql) {
      statements.admit(sql);
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (owner != null && result == ownerTarget) {
      return owner;
    }
    return wrap(result, connection, statements, proxy, target);
  }
}
