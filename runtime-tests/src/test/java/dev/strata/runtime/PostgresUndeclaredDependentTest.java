package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Views that Strata does not manage, on top of what it changes, on Postgres. */
class PostgresUndeclaredDependentTest extends UndeclaredDependentScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  /**
   * A materialized view a DBA made over a column that changes blocks the change as a view does
   * ("cannot alter type of a column used by a view or rule"): it is dropped and created again with
   * its rows, indexes and storage parameters, an unfilled one left unfilled, and a view on it with
   * it, up and down.
   */
  @Test
  void aDbasMaterializedViewOverAChangingColumnIsCreatedAgainWithItsRowsAndIndexes() {
    database.execute(
        "CREATE MATERIALIZED VIEW email_stats WITH (fillfactor = 70) AS SELECT id, email FROM users",
        "CREATE UNIQUE INDEX email_stats_id ON email_stats (id)",
        "CREATE VIEW email_stats_report AS SELECT count(*) AS n FROM email_stats",
        "CREATE MATERIALIZED VIEW email_lengths AS SELECT id, length(email) AS n FROM users"
            + " WITH NO DATA");
    strata(WIDEN_EMAIL).upgrade();

    assertCreatedAgainAsTheyWere();

    strata(WIDEN_EMAIL).downgrade(0);

    assertCreatedAgainAsTheyWere();
  }

  private void assertCreatedAgainAsTheyWere() {
    assertEquals(List.of("3"), database.rows("SELECT n FROM email_stats_report"));
    assertEquals(
        List.of("email_stats_id"),
        database.rows("SELECT indexname FROM pg_indexes WHERE tablename = 'email_stats'"));
    assertEquals(
        List.of("{fillfactor=70}|t", "|f"),
        database.rows(
            "SELECT coalesce(reloptions::text, ''), relispopulated FROM pg_class"
                + " WHERE relname IN ('email_stats', 'email_lengths') ORDER BY relname DESC"));
  }
}
