package dev.strata.processor.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.jpa.ReservedWords.Position;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strata's lists of reserved words are what the real databases refuse: each candidate word, every
 * keyword of PostgreSQL, MariaDB and H2, is tried as an unquoted table name and column name, and
 * the words whose {@code CREATE TABLE} fails are exactly the list's, in the same positions.
 */
class ReservedWordsOracleTest {

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theListIsWhatTheDatabaseRefuses(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      Map<String, Set<Position>> refused = new TreeMap<>();
      for (String word : candidates()) {
        Set<Position> positions = EnumSet.noneOf(Position.class);
        if (!creates(statement, "CREATE TABLE strata_words (" + word + " INT)", "strata_words")) {
          positions.add(Position.COLUMN);
        }
        if (!creates(statement, "CREATE TABLE " + word + " (id INT)", word)) {
          positions.add(Position.TABLE);
        }
        if (!positions.isEmpty()) {
          refused.put(word, positions);
        }
      }

      assertEquals(
          refused,
          new TreeMap<>(ReservedWords.of(kind.name().toLowerCase(Locale.ROOT)).words()),
          "regenerate reserved-words-" + kind.name().toLowerCase(Locale.ROOT) + ".txt from this");
    }
  }

  private static boolean creates(Statement statement, String sql, String table) {
    try {
      statement.execute(sql);
    } catch (SQLException refused) {
      return false;
    }
    try {
      statement.execute("DROP TABLE " + table);
    } catch (SQLException e) {
      throw new AssertionError("could not drop table " + table, e);
    }
    return true;
  }

  private static List<String> candidates() throws IOException {
    try (InputStream in =
        ReservedWordsOracleTest.class.getResourceAsStream("/reserved-words/candidates.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    }
  }
}
