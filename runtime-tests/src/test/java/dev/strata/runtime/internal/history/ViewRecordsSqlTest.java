package dev.strata.runtime.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The records MariaDB writes itself are those Java encodes from the definitions it reads: the
 * database is the oracle, with definitions that a wrong length or order would garble (lines,
 * quotes, accents, a character outside the BMP, a long one, a view that is not there).
 */
class ViewRecordsSqlTest {

  @Test
  void mariaDbWritesExactlyTheRecordsJavaEncodesFromTheDefinitionsItReads() throws SQLException {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL).withUsersTable();
        Connection connection = database.dataSource().getConnection()) {
      StringBuilder longQuery = new StringBuilder("SELECT id");
      for (int i = 0; i < 400; i++) {
        longQuery.append(", id + ").append(i).append(" AS c").append(i);
      }
      database.execute(
          "CREATE VIEW b_lines AS SELECT id,\n  'it''s: 5:x -' AS note\nFROM users",
          "CREATE VIEW a_accents AS SELECT id, 'café ünïcode' AS word FROM users",
          "CREATE VIEW c_astral AS SELECT id, 'smile \uD83D\uDE00' AS face FROM users",
          "CREATE VIEW d_long AS " + longQuery + " FROM users");
      Dialect dialect =
          Dialects.forProduct(
              connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL());
      LiveViews live = LiveViews.of(connection, dialect);
      Set<String> read = new TreeSet<>();
      for (String view : List.of("b_lines", "a_accents", "c_astral", "d_long", "missing")) {
        read.add(live.key(view));
      }
      Map<String, String> known = new HashMap<>();
      known.put(live.key("removed"), null);
      known.put(live.key("0_first"), "SELECT 1");

      Map<String, String> views = new HashMap<>(known);
      read.forEach(key -> views.put(key, null));
      views.putAll(live.read(read));
      String expected = ViewRecords.encode(views);
      ViewRecordsSql sql = ViewRecordsSql.of(known, read, live.definitionTokenSql());

      assertEquals(expected, evaluate(connection, sql));
      assertEquals(views, ViewRecords.decode(expected));
    }
  }

  /** A migration of a thousand views, interleaved with a thousand it removed, is written whole. */
  @Test
  void mariaDbWritesTheRecordsOfAThousandViews() throws SQLException {
    try (TestDatabase database = TestDatabase.create(DatabaseKind.MYSQL).withUsersTable();
        Connection connection = database.dataSource().getConnection()) {
      List<String> views = new ArrayList<>();
      for (int i = 0; i < 1_000; i++) {
        views.add(String.format("CREATE VIEW v%04d AS SELECT id, '%d' AS n FROM users", i, i));
      }
      database.execute(views.toArray(String[]::new));
      Dialect dialect =
          Dialects.forProduct(
              connection.getMetaData().getDatabaseProductName(), connection.getMetaData().getURL());
      LiveViews live = LiveViews.of(connection, dialect);
      Set<String> read = new TreeSet<>();
      Map<String, String> known = new HashMap<>();
      for (int i = 0; i < 1_000; i++) {
        read.add(live.key(String.format("v%04d", i)));
        known.put(live.key(String.format("v%04d_dropped", i)), null);
      }

      Map<String, String> expected = new HashMap<>(known);
      expected.putAll(live.read(read));
      ViewRecordsSql sql = ViewRecordsSql.of(known, read, live.definitionTokenSql());

      assertEquals(1_000, live.read(read).size());
      assertEquals(ViewRecords.encode(expected), evaluate(connection, sql));
    }
  }

  private static String evaluate(Connection connection, ViewRecordsSql sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + sql.expression())) {
      for (int i = 0; i < sql.parameters().size(); i++) {
        statement.setString(i + 1, sql.parameters().get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }
}
