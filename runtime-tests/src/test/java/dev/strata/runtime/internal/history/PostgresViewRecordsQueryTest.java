package dev.strata.runtime.internal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.internal.catalog.LiveViews;
import dev.strata.runtime.internal.dialect.Dialects;
import dev.strata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The view records PostgreSQL computes inside a statement are the very text that reading the views
 * with {@link LiveViews} and encoding them with {@link ViewRecords} gives: drift detection later
 * compares what the catalog says with what the history stored, so one character of difference would
 * be drift that nobody made. The oracle is the client-side read, on the real database.
 */
class PostgresViewRecordsQueryTest {

  private final TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void computesTheRecordsThatReadingTheViewsAndEncodingThemGives() throws SQLException {
    database.execute(
        "CREATE TABLE items (id BIGINT, name VARCHAR(100), price INTEGER)",
        "CREATE VIEW plain AS SELECT id, name FROM items",
        // beyond U+FFFF a character is two UTF-16 units: the stored length counts them as Java does
        "CREATE VIEW \"Emoji view\" AS SELECT name || ' \uD83D\uDE00 ü ;' AS label FROM items",
        "CREATE VIEW multi_line AS SELECT id\n  FROM items\n  WHERE price > 3 AND name <> ';'");
    try (Connection connection = database.dataSource().getConnection()) {
      LiveViews live = LiveViews.of(connection, Dialects.of(DatabaseKind.POSTGRESQL));
      String schema = live.currentSchema();
      Set<String> read = new TreeSet<>();
      for (String view : new String[] {"plain", "\"Emoji view\"", "multi_line", "absent"}) {
        read.add(live.key(view));
      }
      Map<String, String> known = new HashMap<>();
      known.put(schema + ".dropped", null);
      known.put(schema + ".zzz_dropped", null);

      assertEquals(
          readInJava(live, known, read),
          computed(connection, ViewRecordsQuery.of(known, schema, read), schema));
    }
  }

  /**
   * What finds a view by name must find exactly what {@link LiveViews} finds: a name as the catalog
   * spells it, whatever its case or characters, and nothing for a table, a materialized view or a
   * view of another schema that has the name; and a definition's length in UTF-16 units whatever
   * its characters.
   */
  @Test
  void findsTheViewsThatReadingFindsByTheirNamesAsTheCatalogSpellsThem() throws SQLException {
    database.execute(
        "CREATE TABLE items (id BIGINT, name VARCHAR(100))",
        "CREATE VIEW \"MixedCase\" AS SELECT id FROM items",
        "CREATE VIEW mixedcase AS SELECT id, name FROM items",
        "CREATE VIEW \"say \"\"hi\"\"\" AS SELECT name FROM items",
        // only characters beyond U+FFFF, only two-byte ones, only three-byte ones
        "CREATE VIEW astral AS SELECT '\uD83D\uDE00\uD834\uDD1E' AS text FROM items",
        "CREATE VIEW latin AS SELECT 'äöüß' AS text FROM items",
        "CREATE VIEW cjk AS SELECT '漢字' AS \"列\" FROM items",
        "CREATE TABLE \"TableNotView\" (id BIGINT)",
        "CREATE MATERIALIZED VIEW frozen AS SELECT id FROM items");
    try (Connection connection = database.dataSource().getConnection()) {
      LiveViews live = LiveViews.of(connection, Dialects.of(DatabaseKind.POSTGRESQL));
      String schema = live.currentSchema();
      Set<String> read = new TreeSet<>();
      for (String view :
          List.of(
              "MixedCase",
              "mixedcase",
              "say \"hi\"",
              "astral",
              "latin",
              "cjk",
              "TableNotView",
              "frozen",
              "pg_views",
              "absent")) {
        read.add(schema + "." + view);
      }

      Map<String, String> found = live.read(read);

      // the six views; not the table, the materialized view, pg_catalog's view, the absent one
      assertEquals(6, found.size(), found::toString);
      assertEquals(
          readInJava(live, Map.of(), read),
          computed(connection, ViewRecordsQuery.of(Map.of(), schema, read), schema));
    }
  }

  /**
   * A migration may write far more views than a PostgreSQL function takes arguments (100): the
   * records of a thousand read and a thousand known, interleaved, are still the text Java makes.
   */
  @Test
  void computesTheRecordsOfAThousandViewsWrittenAndAThousandRemoved() throws SQLException {
    database.execute("CREATE TABLE items (id BIGINT, name VARCHAR(100))");
    StringBuilder views = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      views.append(String.format("CREATE VIEW v%04d AS SELECT id, '%d' AS n FROM items;", i, i));
    }
    database.execute(views.toString());
    try (Connection connection = database.dataSource().getConnection()) {
      LiveViews live = LiveViews.of(connection, Dialects.of(DatabaseKind.POSTGRESQL));
      String schema = live.currentSchema();
      Set<String> read = new TreeSet<>();
      Map<String, String> known = new HashMap<>();
      for (int i = 0; i < 1_000; i++) {
        read.add(String.format("%s.v%04d", schema, i));
        known.put(String.format("%s.v%04d_dropped", schema, i), null);
      }

      assertEquals(
          readInJava(live, known, read),
          computed(connection, ViewRecordsQuery.of(known, schema, read), schema));
    }
  }

  /** The records as Java makes them: {@code known} as given, each key of {@code read} as read. */
  private static String readInJava(LiveViews live, Map<String, String> known, Set<String> read)
      throws SQLException {
    Map<String, String> expected = new TreeMap<>(known);
    read.forEach(key -> expected.put(key, null));
    expected.putAll(live.read(read));
    return ViewRecords.encode(expected);
  }

  private static String computed(Connection connection, ViewRecordsQuery query, String schema)
      throws SQLException {
    String sql = "SELECT set_config('search_path', quote_ident(?), false); SELECT " + query.sql();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, schema);
      query.bind(statement, 2);
      statement.execute();
      statement.getMoreResults();
      try (ResultSet row = statement.getResultSet()) {
        row.next();
        return row.getString(1);
      }
    }
  }
}
