package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of every view of a database, as the scenario tests expect them at each version. */
final class ViewContents {

  private ViewContents() {}

  /**
   * Asserts that the database holds exactly the views of {@code expected}, each with its rows
   * ({@code SELECT *}, ordered by the first column, a header line first).
   */
  static void assertAtVersion(
      TestDatabase database, Map<String, List<String>> expected, int version) throws SQLException {
    Map<String, List<String>> actual = new TreeMap<>();
    for (String view : database.viewNames()) {
      actual.put(view, database.query("SELECT * FROM " + view + " ORDER BY 1"));
    }
    assertEquals(new TreeMap<>(expected), actual, "views at version " + version);
  }
}
