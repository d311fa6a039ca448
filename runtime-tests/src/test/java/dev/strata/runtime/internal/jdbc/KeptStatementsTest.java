package dev.strata.runtime.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.RecordingDataSource;
import dev.strata.testing.DataSources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeptStatementsTest {

  private final RecordingDataSource recording =
      new RecordingDataSource(DataSources.of("jdbc:h2:mem:"));

  @Test
  void aTextUsedAgainOnTheSameConnectionIsPreparedOnceAndClosedWithTheRun() throws Exception {
    try (Connection connection = recording.getConnection()) {
      KeptStatements kept = new KeptStatements(true);
      for (int i = 1; i <= 3; i++) {
        assertEquals(i, select(kept, connection, "SELECT ?", i));
      }
      assertEquals(List.of("SELECT ?"), recording.prepared());
      assertEquals(List.of("SELECT ?"), recording.openPrepared());

      kept.close();

      assertEquals(List.of(), recording.openPrepared());
    }
  }

  @Test
  void anotherConnectionGetsStatementsOfItsOwnAndThoseOfTheFirstAreClosed() throws Exception {
    try (Connection first = recording.getConnection();
        Connection second = recording.getConnection()) {
      KeptStatements kept = new KeptStatements(true);
      select(kept, first, "SELECT ?", 1);

      assertEquals(2, select(kept, second, "SELECT ?", 2));

      assertEquals(List.of("SELECT ?", "SELECT ?"), recording.prepared());
      assertEquals(1, recording.openPrepared().size());
      kept.close();
    }
  }

  @Test
  void beyondSixteenTextsTheLeastRecentlyUsedIsClosed() throws Exception {
    try (Connection connection = recording.getConnection()) {
      KeptStatements kept = new KeptStatements(true);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        texts.add("SELECT ? + " + i);
        select(kept, connection, texts.get(i), 1);
      }
      // used again: the least recently used is now the second
      select(kept, connection, texts.get(0), 1);

      select(kept, connection, "SELECT ? + 16", 1);

      List<String> open = new ArrayList<>(texts);
      open.remove(1);
      open.add("SELECT ? + 16");
      assertEquals(open.stream().sorted().toList(), recording.openPrepared());
      assertEquals(17, recording.prepared().size());
      kept.close();
    }
  }

  @Test
  void whereStatementsAreNotKeptEachUsePreparesAndClosesItsOwn() throws Exception {
    try (Connection connection = recording.getConnection()) {
      KeptStatements kept = new KeptStatements(false);
      select(kept, connection, "SELECT ?", 1);
      select(kept, connection, "SELECT ?", 2);

      assertEquals(List.of("SELECT ?", "SELECT ?"), recording.prepared());
      assertEquals(List.of(), recording.openPrepared());
    }
  }

  private static int select(KeptStatements kept, Connection connection, String sql, int value)
      throws Exception {
    return kept.use(
        connection,
        sql,
        statement -> {
          statement.setInt(1, value);
          try (ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
          }
        });
  }
}
