package dev.strata.runtime.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real {@link DataSource} seen through dynamic proxies that record, in order, every statement
 * that its connections execute and every catalog lookup through {@link DatabaseMetaData}: the work
 * that costs the database a query. The database does all the work; nothing is simulated.
 */
public final class RecordingDataSource implements DataSource {

  /** Connection methods that some drivers answer with a query of their own (pgjdbc: getSchema). */
  private static final Set<String> QUERYING_CONNECTION_METHODS =
      Set.of("getSchema", "getCatalog", "isValid", "setTransactionIsolation");

  private static final Set<String> EXECUTING =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

  private final DataSource target;

  /** Connection methods that end a transaction or may: each can cost the database a round trip. */
  private static final Set<String> ENDING = Set.of("commit", "rollback", "setAutoCommit");

  private final List<String> recorded = Collections.synchronizedList(new ArrayList<>());
  private final List<String> transactions = Collections.synchronizedList(new ArrayList<>());
  private final List<String> prepared = Collections.synchronizedList(new ArrayList<>());
  private final Set<PreparedStatement> open = Collections.synchronizedSet(new HashSet<>());
  private int connections;

  public RecordingDataSource(DataSource target) {
    this.target = target;
  }

  /**
   * What the connections did so far: each statement's SQL, each catalog lookup as {@code "metadata:
   * <method>"}, each querying connection call as {@code "connection: <method>"}.
   */
  public List<String> recorded() {
    return List.copyOf(recorded);
  }

  /**
   * The calls that ended transactions or changed auto-commit, in order: {@code "commit"}, {@code
   * "rollback"}, {@code "setAutoCommit(true)"}; apart from {@link #recorded()}, since a driver
   * sends some of them to the database and others not (no transaction open).
   */
  public List<String> transactions() {
    return List.copyOf(transactions);
  }

  /** The SQL of each statement prepared so far, in order. */
  public List<String> prepared() {
    return List.copyOf(prepared);
  }

  /** The SQL of the prepared statements not closed so far (by {@code close()} itself). */
  public List<String> openPrepared() {
    synchronized (open) {
      return open.stream().map(Object::toString).sorted().toList();
    }
  }

  /** How many connections were opened. */
  public int connections() {
    return connections;
  }

  public void clear() {
    recorded.clear();
    transactions.clear();
    prepared.clear();
    connections = 0;
  }

  @Override
  public Connection getConnection() throws SQLException {
    connections++;
    return proxy(Connection.class, target.getConnection(), this::onConnection);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    connections++;
    return proxy(Connection.class, target.getConnection(username, password), this::onConnection);
  }

  private Object onConnection(Object real, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    Object result = invoke(real, method, args);
    if (QUERYING_CONNECTION_METHODS.contains(name)) {
      recorded.add("connection: " + name);
    }
    if (ENDING.contains(name)) {
      transactions.add(args == null ? name : name + "(" + args[0] + ")");
    }
    if (result instanceof PreparedStatement statement) {
      String sql = (String) args[0];
      prepared.add(sql);
      PreparedStatement[] self = new PreparedStatement[1];
      self[0] =
          proxy(
              PreparedStatement.class,
              statement,
              (r, m, a) -> {
                if (EXECUTING.contains(m.getName()) && (a == null || a.length == 0)) {
                  recorded.add(sql);
                }
                if (m.getName().equals("close")) {
                  open.remove(self[0]);
                }
                if (m.getName().equals("toString")) {
                  return sql;
                }
                return invoke(r, m, a);
              });
      open.add(self[0]);
      return self[0];
    }
    if (result instanceof Statement statement) {
      List<String> batch = new ArrayList<>();
      return proxy(
          Statement.class,
          statement,
          (r, m, a) -> {
            if (EXECUTING.contains(m.getName()) && a != null && a.length > 0) {
              recorded.add((String) a[0]);
            }
            if (m.getName().equals("addBatch")) {
              batch.add((String) a[0]);
            }
            if (m.getName().equals("executeBatch")) {
              // one entry: the driver sends a batch as one
              recorded.add("batch: " + String.join("; ", batch));
              batch.clear();
            }
            return invoke(r, m, a);
          });
    }
    if (result instanceof DatabaseMetaData metaData) {
      return proxy(
          DatabaseMetaData.class,
          metaData,
          (r, m, a) -> {
            if (ResultSet.class.equals(m.getReturnType()) || m.getName().equals("getUserName")) {
              recorded.add("metadata: " + m.getName());
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
    InvocationHandler invocation = (p, method, args) -> handler.handle(real, method, args);
    return type.cast(
        Proxy.newProxyInstance(
            RecordingDataSource.class.getClassLoader(), new Class<?>[] {type}, invocation));
  }

  private static Object invoke(Object real, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(real, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
