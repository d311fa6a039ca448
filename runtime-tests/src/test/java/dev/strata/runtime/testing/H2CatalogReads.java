package dev.strata.runtime.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A real H2 {@link DataSource} seen through proxies that keep each prepared query of {@code
 * INFORMATION_SCHEMA} with its parameters, so that a test can ask H2 how many rows it scanned to
 * answer them ({@code EXPLAIN ANALYZE} reports a {@code scanCount} per table): work that grows with
 * the database when a lookup by name turns into a scan, counted and never timed.
 */
public final class H2CatalogReads {

  private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: ([0-9]+)");

  private final DataSource target;
  private final List<Read> reads = Collections.synchronizedList(new ArrayList<>());

  public H2CatalogReads(DataSource target) {
    this.target = target;
  }

  /** A query that was executed: its SQL and its parameters by index. */
  public record Read(String sql, Map<Integer, Object> parameters) {

    public Read {
      parameters = Map.copyOf(parameters);
    }
  }

  /** The data source to give Strata. */
  public DataSource dataSource() {
    return proxy(DataSource.class, target, this::onDataSource);
  }

  /** The catalog queries executed so far, in order. */
  public List<Read> reads() {
    return List.copyOf(reads);
  }

  public void clear() {
    reads.clear();
  }

  /**
   * The rows H2 scans to answer every catalog query executed so far, each run again now, on a
   * connection of {@link #target}, under {@code EXPLAIN ANALYZE} with its parameters.
   */
  public long rowsScanned() throws SQLException {
    long rows = 0;
    try (Connection connection = target.getConnection()) {
      for (Read read : reads()) {
        try (PreparedStatement explain =
            connection.prepareStatement("EXPLAIN ANALYZE " + read.sql())) {
          for (Map.Entry<Integer, Object> parameter : read.parameters().entrySet()) {
            explain.setObject(parameter.getKey(), parameter.getValue());
          }
          try (ResultSet plan = explain.executeQuery()) {
            plan.next();
            Matcher count = SCAN_COUNT.matcher(plan.getString(1));
            while (count.find()) {
              rows += Long.parseLong(count.group(1));
            }
          }
        }
      }
    }
    return rows;
  }

  private Object onDataSource(Object real, Method method, Object[] args) throws Throwable {
    Object result = invoke(real, method, args);
    return result instanceof Connection connection
        ? proxy(Connection.class, connection, this::onConnection)
        : result;
  }

  private Object onConnection(Object real, Method method, Object[] args) throws Throwable {
    Object result = invoke(real, method, args);
    if (result instanceof PreparedStatement prepared
        && method.getName().equals("prepareStatement")
        && ((String) args[0]).contains("INFORMATION_SCHEMA")) {
      String sql = (String) args[0];
      Map<Integer, Object> parameters = new TreeMap<>();
      return proxy(
          PreparedStatement.class,
          prepared,
          (r, m, a) -> {
            if (m.getName().startsWith("set") && a != null && a.length == 2) {
              parameters.put((Integer) a[0], a[1]);
            }
            if (m.getName().startsWith("execute") && (a == null || a.length == 0)) {
              reads.add(new Read(sql, parameters));
            }
            return invoke(r, m, a);
          });
    }
    return result;
  }

  private interface Handler {
    Object handle(Object real, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T real, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            H2CatalogReads.class.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> handler.handle(real, method, args)));
  }

  private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(real, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
