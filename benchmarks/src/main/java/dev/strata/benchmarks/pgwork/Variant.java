package dev.strata.benchmarks.pgwork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One way of applying a one-view migration, sent as one text (one round trip, as pgjdbc sends the
 * statements of one text with one Sync): from raw JDBC's auto-committed {@code CREATE VIEW}, adding
 * what Strata adds one part at a time, to the statements Strata sent before and sends now. {@link
 * #STRATA} is the runtime itself on the class path. Each part is priced by the difference between
 * two neighbouring rows.
 */
enum Variant {
  RAW("raw JDBC: CREATE VIEW, auto-committed", false, false, false, Path.NONE, null),
  TRANSACTION("BEGIN; CREATE VIEW; COMMIT", true, false, false, Path.NONE, null),
  ROW(
      "+ INSERT of the history row, its view record a literal",
      true,
      true,
      false,
      Path.NONE,
      DriftRecord.LITERAL),
  LOCK(
      "+ SET TRANSACTION ISOLATION, lock try, history tail read",
      true,
      true,
      true,
      Path.NONE,
      DriftRecord.LITERAL),
  PATH(
      "+ search_path set for the row and set back (2 set_config)",
      true,
      true,
      true,
      Path.SET_AND_BACK,
      DriftRecord.LITERAL),
  BEFORE(
      "+ view record read by join and regex: what 842ac4b sends",
      true,
      true,
      true,
      Path.SET_AND_BACK,
      DriftRecord.JOIN_REGEX),
  BY_OID(
      "the same, the view found by to_regclass",
      true,
      true,
      true,
      Path.SET_AND_BACK,
      DriftRecord.OID_REGEX),
  ASCII(
      "the same, an ASCII definition's length without the regex",
      true,
      true,
      true,
      Path.SET_AND_BACK,
      DriftRecord.OID_ASCII),
  NOW(
      "the same, BEGIN ISOLATION LEVEL, search_path for the transaction: what pg-apply sends",
      true,
      true,
      true,
      Path.LOCAL,
      DriftRecord.OID_ASCII),
  NOW_NO_DRIFT(
      "NOW with a literal view record: the drift record's price now",
      true,
      true,
      true,
      Path.LOCAL,
      DriftRecord.LITERAL),
  STRATA("Strata's runtime on the class path, upgrading", false, false, false, Path.NONE, null);

  private enum Path {
    NONE,
    SET_AND_BACK,
    LOCAL
  }

  private static final String COLUMNS =
      "migration_set, version, description, checksum, installed_by, applied_at, execution_ms,"
          + " success, run_state, statements_done, downgrade, view_definitions";

  private final String label;
  private final boolean transaction;
  private final boolean row;
  private final boolean lock;
  private final Path path;
  private final DriftRecord drift;

  Variant(
      String label, boolean transaction, boolean row, boolean lock, Path path, DriftRecord drift) {
    this.label = label;
    this.transaction = transaction;
    this.row = row;
    this.lock = lock;
    this.path = path;
    this.drift = drift;
  }

  String label() {
    return label;
  }

  /** The text that applies version {@code version} (view {@code v<version>}) in {@code schema}. */
  Text text(String schema, int version) {
    String view = "v" + version;
    List<String> statements = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (transaction) {
      statements.add(path == Path.LOCAL ? "BEGIN ISOLATION LEVEL READ COMMITTED" : "BEGIN");
    }
    if (lock) {
      if (path != Path.LOCAL) {
        statements.add("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      }
      statements.add("SELECT pg_try_advisory_xact_lock(?)");
      parameters.add(7324287538287242087L);
      statements.add(
          "SELECT version, checksum, success FROM strata_schema_history"
              + " WHERE migration_set = ? AND version >= ?");
      parameters.add("main");
      parameters.add(version);
    }
    statements.add("CREATE VIEW " + view + " AS " + OneViewMigrations.query(version));
    if (path != Path.NONE) {
      statements.add(
          "SELECT set_config('search_path', quote_ident(?), " + (path == Path.LOCAL) + ")");
      parameters.add(schema);
    }
    if (row) {
      statements.add(
          "INSERT INTO strata_schema_history ("
              + COLUMNS
              + ") SELECT ?, ?, ?, ?, ?, now(), ?, ?, ?, ?, ?, "
              + drift.sql()
              + " RETURNING view_definitions");
      parameters.addAll(
          List.of("main", version, "Create " + view, "checksum-" + version, "bench", 1L, true));
      parameters.add(null);
      parameters.add(null);
      parameters.add(
          "12:operations/" + (10 + view.length()) + ":dropView" + view.length() + ":" + view);
      parameters.addAll(List.of(drift.parameters(schema, view)));
    }
    if (path == Path.SET_AND_BACK) {
      statements.add("SELECT set_config('search_path', ?, false)");
      parameters.add(schema);
    }
    if (transaction) {
      statements.add("COMMIT");
    }
    return new Text(String.join("; ", statements), parameters);
  }

  /** One round trip's statements and their parameters, in order. */
  record Text(String sql, List<Object> parameters) {
    Text {
      // some parameters are SQL NULL, which List.copyOf refuses
      parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }
  }
}
