package dev.strata.runtime.internal.execution;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The session settings that a migration's own SQL changes, on databases where nothing ends such a
 * change with the migration (MySQL, MariaDB and H2 have no {@code SET LOCAL}): each is read before
 * the first statement that sets it runs, and set back when the migration ends, applied or failed,
 * so that the connection goes back to its pool as the migration found it. What the migration did
 * under them stays as it did it.
 */
final class SessionSettings {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /** For databases whose SQL Strata reads no setting of: PostgreSQL refuses a session's own. */
  static final SessionSettings NONE = new SessionSettings(null, null);

  // what may set a variable or a setting: most statements go on without being read again
  private static final Pattern MAY_SET =
      Pattern.compile("\\bSET\\b|:=|\\bINTO\\s+@", Pattern.CASE_INSENSITIVE);

  private final Connection connection;
  private final DatabaseKind kind;
  // in the order first set, which is the order they are set back in
  private final Map<String, Saved> saved = new LinkedHashMap<>();

  private SessionSettings(Connection connection, DatabaseKind kind) {
    this.connection = connection;
    this.kind = kind;
  }

  /** The settings of one migration run on {@code connection}. */
  static SessionSettings of(Connection connection, DatabaseKind kind) {
    return kind == DatabaseKind.MYSQL || kind == DatabaseKind.H2
        ? new SessionSettings(connection, kind)
        : NONE;
  }

  /**
   * Reads the settings that {@code sql} changes and that no earlier statement of the migration did,
   * before it runs. A value that cannot be read (no such variable, or a block's own local variable)
   * is left alone: the statement fails on its own, or sets nothing of the session's.
   */
  void beforeRunning(String sql) throws SQLException {
    if (kind == null || !MAY_SET.matcher(sql).find()) {
      return;
    }
    for (SessionSetting setting : setBy(sql)) {
      if (!saved.containsKey(setting.key())) {
        Object value;
        try {
          value = read(setting);
        } catch (SQLException e) {
          continue;
        }
        saved.put(setting.key(), new Saved(setting, value));
      }
    }
  }

  /**
   * Sets back each setting the migration changed to what it was before; one that cannot be set back
   * is logged, and the others are set back still.
   */
  void restore() {
    for (Saved before : saved.values()) {
      try {
        if (!Objects.deepEquals(read(before.setting()), before.value())) {
          assign(before);
        }
      } catch (SQLException e) {
        if (SqlErrors.connectionLost(e)) {
          // a lost connection goes back to no pool, and its failure is the run's already
          break;
        }
        LOG.log(
            System.Logger.Level.WARNING,
            "Could not set "
                + before.setting().value()
                + " back to "
                + before.value()
                + " after the migration that changed it: "
                + Texts.sentence(e.getMessage())
                + " The connection keeps the migration's value until it is closed.");
      }
    }
    saved.clear();
  }

  // every statement the database could run of it: its blocks' and its dynamic SQL's too
  private List<SessionSetting> setBy(String sql) {
    List<SessionSetting> found = new ArrayList<>();
    for (Backslashes reading : Backslashes.readings(sql, kind)) {
      collect(sql, reading, found);
    }
    return found;
  }

  private void collect(String sql, Backslashes reading, List<SessionSetting> found) {
    List<String> statements = new ArrayList<>(TopLevelStatements.inBlocks(sql, kind, reading));
    statements.addAll(TopLevelStatements.of(sql, kind, reading));
    for (String statement : statements) {
      if (kind == DatabaseKind.H2) {
        found.addAll(H2Settings.setBy(statement));
        continue;
      }
      found.addAll(MySqlSettings.setBy(statement));
      String dynamic = PreparedSql.of(statement, reading);
      if (dynamic != null) {
        collect(dynamic, reading, found);
      }
    }
  }

  private Object read(SessionSetting setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT " + setting.value())) {
      result.next();
      return result.getObject(1);
    }
  }

  private void assign(Saved before) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(before.setting().assignment())) {
      if (before.value() == null) {
        statement.setNull(1, Types.VARCHAR);
      } else {
        statement.setObject(1, before.value());
      }
      statement.execute();
    }
  }

  private record Saved(SessionSetting setting, Object value) {}
}
