package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.Check;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.ColumnAttributes;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.SqlFunction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads views, tables, columns, indexes and foreign keys back from the database's catalog, so that
 * an operation can tell whether it took effect and how to undo it where DDL commits at once.
 *
 * <p>Catalog arguments are LIKE patterns, in which {@code _} matches any character: every answer is
 * filtered on the exact name.
 */
public final class Catalog {

  private final Connection connection;
  private final Dialect dialect;
  // the definitions of every view, kept for a run of a migration; null to read them for each search
  private final KnownViews knownViews;

  public Catalog(Connection connection, Dialect dialect) {
    this(connection, dialect, null);
  }

  private Catalog(Connection connection, Dialect dialect, KnownViews knownViews) {
    this.connection = connection;
    this.dialect = dialect;
    this.knownViews = knownViews;
  }

  /**
   * A catalog for one run of a migration on {@code connection}, which reads the definitions of
   * every view once to find the readers of what the run drops or changes (H2, MySQL and MariaDB
   * record no view dependencies), instead of once per object: the run must tell it of each view it
   * writes ({@link #writingView}) and of anything else it runs that may change a view ({@link
   * #forgetViews}).
   */
  public static Catalog forRun(Connection connection, Dialect dialect) {
    return new Catalog(
        connection,
        dialect,
        dialect.kind() == DatabaseKind.POSTGRESQL ? null : new KnownViews(connection, dialect));
  }

  /**
   * Notes that the run is about to create, replace or drop view {@code name}: the next search for
   * readers reads its definition again.
   */
  public void writingView(String name) throws SQLException {
    // nothing to note, and no name to locate, before the definitions are first read
    if (knownViews != null && knownViews.read()) {
      TableRef ref = TableRef.locate(connection, dialect, name);
      knownViews.writing(ref.informationSchema(), ref.table());
    }
  }

  /** As {@link #writingView}, for a view that a search for readers found. */
  public void writingView(DependentView view) {
    if (knownViews != null) {
      knownViews.writing(view.schema(), view.name());
    }
  }

  /**
   * Notes that the run is about to do something whose effect on views it cannot tell (raw SQL, a
   * hand-written step, a change of a table, a rename): the next search for readers reads every
   * definition again.
   */
  public void forgetViews() {
    if (knownViews != null) {
      knownViews.forget();
    }
  }

  /**
   * Whether to keep the definitions between searches for readers, while nothing the run cannot
   * follow runs between them; either way, forgets those kept.
   */
  public void keepViews(boolean keep) {
    if (knownViews != null) {
      knownViews.keep(keep);
    }
  }

  private Collection<StoredView> storedViews() throws SQLException {
    return knownViews == null ? StoredViews.all(connection, dialect) : knownViews.all();
  }

  /**
   * The current query of view {@code name}, in a form that {@link Dialect#createView} accepts, or
   * null if there is no such view.
   */
  public String viewDefinition(String name) throws SQLException {
    return ViewDefinitions.read(connection, dialect, name);
  }

  /**
   * The views that read view or table {@code name}, directly or through other views, whoever
   * created them, each after the views it reads.
   */
  public List<DependentView> dependents(String name) throws SQLException {
    return DependentViews.of(connection, dialect, name, this::storedViews);
  }

  /**
   * The views that read column {@code column} of table {@code table}, directly or through other
   * views, each after the views it reads: those a change of the column must drop and create again.
   */
  public List<DependentView> columnDependents(String table, String column) throws SQLException {
    return DependentViews.ofColumn(connection, dialect, table, column, this::storedViews);
  }

  /**
   * Whether {@code name}, as a migration names a view, is the view that {@link #dependents} found.
   */
  public boolean names(String name, DependentView view) throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, name);
    return view.schema().equals(ref.informationSchema()) && view.name().equals(ref.table());
  }

  /**
   * What view {@code name} carries that dropping it loses, or null if there is no such view or it
   * carries nothing: on PostgreSQL its privileges, comment, triggers, rules, owner and (of a
   * materialized view) indexes; on MySQL and MariaDB, which keep privileges by name, the indexes of
   * the table that stands in for a materialized view; elsewhere nothing.
   */
  public ViewAttachments attachments(String name, boolean materialized) throws SQLException {
    if (postgres()) {
      return ViewAttachments.read(connection, dialect.render(name));
    }
    if (!materialized || dialect.kind() != DatabaseKind.MYSQL) {
      return null;
    }
    Map<String, String> indexes = new TreeMap<>();
    String table = dialect.render(name);
    StandInIndexes.all(connection, dialect, name)
        .forEach((index, clause) -> indexes.put(index, "ALTER TABLE " + table + " " + clause));
    return indexes.isEmpty() ? null : new ViewAttachments(key(name), List.of(), List.of(), indexes);
  }

  /** The key {@link #attachments} gives view {@code name}, which must exist. */
  public String attachmentsKey(String name) throws SQLException {
    return postgres() ? ViewAttachments.key(connection, dialect.render(name)) : key(name);
  }

  private String key(String name) throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, name);
    return ref.informationSchema() + "." + ref.table();
  }

  private boolean postgres() {
    return dialect.kind() == DatabaseKind.POSTGRESQL;
  }

  /**
   * What changing column {@code column} of {@code table} would forget of it unless restated: on
   * MySQL and MariaDB, whose {@code MODIFY COLUMN} restates the whole column, all of {@link
   * ColumnAttributes}; on PostgreSQL, whose {@code TYPE} sets the type's default collation, its own
   * collation; {@link ColumnAttributes#NONE} on H2, which keeps them.
   */
  public ColumnAttributes columnAttributes(String table, String column) throws SQLException {
    return switch (dialect.kind()) {
      case MYSQL -> ColumnAttributeReads.read(connection, dialect, table, column);
      case POSTGRESQL ->
          ColumnAttributeReads.readPostgres(connection, dialect.render(table), column);
      default -> ColumnAttributes.NONE;
    };
  }

  /** Whether a view that {@link #dependents} found exists now. */
  public boolean exists(DependentView view) throws SQLException {
    return DependentViews.exists(connection, dialect, view);
  }

  /** Whether table {@code table} exists (a view of that name does not count). */
  public boolean tableExists(String table) throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, table);
    try (ResultSet rows = metaData().getTables(ref.catalog(), ref.schema(), ref.table(), null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        if (ref.table().equalsIgnoreCase(rows.getString("TABLE_NAME"))
            && (type == null || !type.toUpperCase(Locale.ROOT).contains("VIEW"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether materialized view {@code name} exists, as PostgreSQL's driver reports one. */
  public boolean materializedViewExists(String name) throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, name);
    try (ResultSet rows =
        metaData()
            .getTables(
                ref.catalog(), ref.schema(), ref.table(), new String[] {"MATERIALIZED VIEW"})) {
      while (rows.next()) {
        if (ref.table().equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }

  public boolean columnExists(String table, String column) throws SQLException {
    return columnRow(table, column, row -> Boolean.TRUE) != null;
  }

  /** The comment of table {@code table}, or empty for none (which MySQL stores as empty text). */
  public Optional<String> tableComment(String table) throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, table);
    try (ResultSet rows = metaData().getTables(ref.catalog(), ref.schema(), ref.table(), null)) {
      while (rows.next()) {
        if (ref.table().equalsIgnoreCase(rows.getString("TABLE_NAME"))) {
          return comment(rows.getString("REMARKS"));
        }
      }
    }
    return Optional.empty();
  }

  /** The comment of column {@code column} of {@code table}, or empty for none. */
  public Optional<String> columnComment(String table, String column) throws SQLException {
    Optional<String> comment = columnRow(table, column, row -> comment(row.getString("REMARKS")));
    return comment == null ? Optional.empty() : comment;
  }

  /**
   * What {@code read} makes of the row JDBC metadata describes column {@code column} of {@code
   * table} with, or null where it has no such column.
   */
  private <T> T columnRow(String table, String column, SqlFunction<ResultSet, T> read)
      throws SQLException {
    TableRef ref = TableRef.locate(connection, dialect, table);
    String stored = Identifiers.stored(column, metaData());
    try (ResultSet rows = metaData().getColumns(ref.catalog(), ref.schema(), ref.table(), stored)) {
      while (rows.next()) {
        if (ref.table().equalsIgnoreCase(rows.getString("TABLE_NAME"))
            && column.equalsIgnoreCase(rows.getString("COLUMN_NAME"))) {
          return read.apply(rows);
        }
      }
    }
    return null;
  }

  private static Optional<String> comment(String remarks) {
    return remarks == null || remarks.isEmpty() ? Optional.empty() : Optional.of(remarks);
  }

  /** Index {@code name} of {@code table} as {@link Dialect#createIndex} recreates it, or null. */
  public Index index(String table, String name) throws SQLException {
    return keys(table).index(name);
  }

  /**
   * Foreign key {@code name} of the referencing table {@code table} as {@link
   * Dialect#addForeignKey} recreates it, with its ON DELETE rule, or null. Its ON UPDATE rule is
   * not read: Strata creates foreign keys without one.
   */
  public ForeignKey foreignKey(String table, String name) throws SQLException {
    return keys(table).foreignKey(name);
  }

  /**
   * The values of the first row of {@code table} that {@code key} would refuse, such as {@code
   * customer_id = 99}, or none.
   */
  public Optional<String> firstOrphan(String table, ForeignKey key) throws SQLException {
    return OrphanRows.first(connection, dialect, table, key);
  }

  /**
   * The indexes MySQL and MariaDB would make for the foreign keys of {@code table} that index
   * {@code name} alone serves, if it were dropped: one per key, named as the key, on its columns. A
   * key is served by an index whose first columns are its columns, in order; MySQL and MariaDB
   * refuse to drop the last index that serves a key ({@link Dialect#foreignKeysNeedAnIndex}). A key
   * whose name Strata would not write is left out: dropping the index then fails with the
   * database's own message, as before.
   */
  public List<Index> indexesForKeysServedOnlyBy(String table, String name) throws SQLException {
    return keys(table).indexesForKeysServedOnlyBy(name);
  }

  /**
   * The foreign keys of {@code table} that took index {@code name} for their own ({@link
   * Dialect#foreignKeysTakeExistingIndexes}: H2, whose catalog names each constraint's index).
   */
  public List<ForeignKey> foreignKeysOwning(String table, String name) throws SQLException {
    return keys(table).foreignKeysOwning(name);
  }

  /**
   * The indexes of {@code table} that MySQL or MariaDB made, or Strata added, for a foreign key
   * alone ({@link #indexesForKeysServedOnlyBy}: named as the key, over its columns in order, not
   * unique) and that index {@code created} serves once it exists, its first columns being the
   * key's. The database drops an index it made itself when another serves the key, not one Strata
   * added: dropped with the creation, neither stays beside {@code created}, as neither would be
   * there had {@code created} been there before the key.
   */
  public List<String> keyIndexesReplacedBy(String table, Index created) throws SQLException {
    return keys(table).keyIndexesReplacedBy(created);
  }

  /**
   * The foreign keys of {@code table} that hold an index H2 made for them alone ({@link
   * Dialect#foreignKeysTakeExistingIndexes}) and would take index {@code created} instead, over the
   * same columns, if added again once it exists: H2 keeps its own beside {@code created}, which a
   * key added after {@code created} would not have made.
   */
  public List<ForeignKey> foreignKeysThatWouldTake(String table, Index created)
      throws SQLException {
    return keys(table).foreignKeysThatWouldTake(created);
  }

  private IndexesAndKeys keys(String table) throws SQLException {
    return new IndexesAndKeys(connection, dialect, TableRef.locate(connection, dialect, table));
  }

  /**
   * Check constraint {@code name} of {@code table} as {@link Dialect#addCheck} adds it, or null.
   */
  public Check check(String table, String name) throws SQLException {
    return CheckConstraints.read(
        connection, dialect, TableRef.locate(connection, dialect, table), name);
  }

  private DatabaseMetaData metaData() throws SQLException {
    return connection.getMetaData();
  }
}
