package dev.strata.benchmarks.warmwork;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts the JDBC calls made through a data source, by interface and method: the connection, its
 * statements, result sets and metadata are proxies that count, then call the driver's own objects.
 * For counting only: the proxies' own cost would spoil any measurement of time or allocation.
 */
final class JdbcCalls {

  // sorted: the report lists calls in a stable order
  private final Map<String, Integer> counts = new TreeMap<>();

  /** {@code dataSource}, counting every call made on what it returns. */
  DataSource counting(DataSource dataSource) {
    return wrap(DataSource.class, dataSource);
  }

  /** The calls counted so far, as {@code Interface.method} to count; then starts again. */
  Map<String, Integer> take() {
    Map<String, Integer> taken = new TreeMap<>(counts);
    counts.clear();
    return taken;
  }

  private <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler = (proxy, method, args) -> invoke(type, target, method, args);
    return type.cast(
        Proxy.newProxyInstance(JdbcCalls.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private Object invoke(Class<?> type, Object target, Method method, Object[] args)
      throws Throwable {
    counts.merge(type.getSimpleName() + "." + method.getName(), 1, Integer::sum);
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    return wrapped(method.getReturnType(), result);
  }

  private Object wrapped(Class<?> returned, Object result) {
    if (result == null || !returned.isInterface()) {
      return result;
    }
    for (Class<?> type :
        new Class<?>[] {
          Connection.class,
          DatabaseMetaData.class,
          ResultSetMetaData.class,
          ResultSet.class,
          Statement.class
        }) {
      if (returned == type || (type == Statement.class && type.isAssignableFrom(returned))) {
        return wrapAs(returned, result);
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private <T> T wrapAs(Class<T> type, Object result) {
    return wrap(type, (T) result);
  }
}
