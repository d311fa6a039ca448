package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.lock.LockQueueExhausted;
import java.sql.SQLException;
import java.util.List;

/** What a refresh tells the user when it cannot refresh a materialized view. */
final class RefreshMessages {

  private RefreshMessages() {}

  static String noUniqueIndex(String view) {
    return "Cannot refresh materialized view "
        + view
        + " concurrently: PostgreSQL's REFRESH MATERIALIZED VIEW CONCURRENTLY needs a unique index"
        + " on it, and it has none. Declare one on its class, such as @View.Index(columns ="
        + " \"id\", unique = true), or refresh it without concurrently (which locks out its"
        + " readers while it runs). Nothing was refreshed.";
  }

  static String ofAnotherSet(String view, String set, String owner) {
    return "Materialized view "
        + view
        + " belongs to set "
        + owner
        + " (its migrations create it), not to set "
        + set
        + ": refresh it as a view of set "
        + owner
        + ", or without naming a set. Nothing was refreshed.";
  }

  static String ofNoLoadedSet(String view, String set) {
    return "Materialized view "
        + view
        + " is not a view of set "
        + set
        + ": no loaded set's migrations create it. Load the migrations of the set that creates it"
        + " and name that set, or refresh it without naming a set. Nothing was refreshed.";
  }

  static String unknown(String view, List<String> recorded) {
    return "No materialized view "
        + view
        + " was created by a migration here, so Strata cannot refresh it; "
        + (recorded.isEmpty()
            ? "no applied migration created a materialized view, so there are none."
            : "the materialized views are " + String.join(", ", recorded) + ".");
  }

  static String failed(String view, String sql, SQLException cause, boolean earlierKept) {
    return "Refreshing materialized view "
        + view
        + " failed on\n  "
        + sql
        + "\nwith the database's message: "
        + cause.getMessage()
        + (cause instanceof LockQueueExhausted exhausted ? "\n" + exhausted.explanation() : "")
        + (earlierKept
            ? "\nThe views refreshed before it stay refreshed; those after it were not."
            : "\nNothing was refreshed: the views refreshed before it were rolled back with it.")
        + " Fix the cause and refresh again.";
  }
}
