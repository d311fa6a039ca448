package dev.strata.runtime.internal.history;

import dev.strata.runtime.Index;
import dev.strata.runtime.internal.Identifiers;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The materialized views that migrations created and have not dropped, with the query and indexes
 * each was created with, in a table of Strata's own beside the history table: what a refresh needs
 * where a table stands in for the view (H2, MySQL, MariaDB), and the order in which views that read
 * each other are refreshed everywhere. Created when a migration first creates a materialized view,
 * so that the history table and its format stay as they were for everyone else.
 */
public final class MaterializedViewTable {

  private static final String SUFFIX = "_materialized_views";

  /** Follows a descending column in the stored list of an index's columns. */
  private static final String DESCENDING = ":desc";

  /**
   * One materialized view as it was created.
   *
   * @param name its name as the migration wrote it
   * @param definition its query
   * @param indexes the indexes it was created with
   */
  public record Entry(String name, String definition, List<Index> indexes) {
    public Entry {
      indexes = List.copyOf(indexes);
    }

    /** This view with {@code index} added, or in place of its index of the same name. */
    public Entry withIndex(Index index) {
      List<Index> more = new ArrayList<>(withoutIndex(index.name()).indexes);
      more.add(index);
      return new Entry(name, definition, more);
    }

    /** This view without its index {@code indexName}, whatever the case of its letters. */
    public Entry withoutIndex(String indexName) {
      return new Entry(
          name,
          definition,
          indexes.stream().filter(index -> !index.name().equalsIgnoreCase(indexName)).toList());
    }

    /** Its index {@code indexName}, whatever the case of its letters. */
    public Optional<Index> index(String indexName) {
      return indexes.stream().filter(index -> index.name().equalsIgnoreCase(indexName)).findFirst();
    }

    /** The names of its indexes. */
    public List<String> indexNames() {
      return indexes.stream().map(Index::name).toList();
    }

    /** Whether it has a unique index, which a concurrent refresh on PostgreSQL needs. */
    public boolean hasUniqueIndex() {
      return indexes.stream().anyMatch(Index::unique);
    }
  }

  private final Dialect dialect;
  private final String name;
  private final String rendered;

  private MaterializedViewTable(Dialect dialect, String name) {
    this.dialect = dialect;
    this.name = name;
    this.rendered = dialect.render(name);
  }

  /**
   * The table beside {@code history}, by the name the database stores: where the history table's
   * name is long, PostgreSQL cut the companion's 64 characters to 63 when it created the table.
   */
  public static MaterializedViewTable beside(HistoryTable history) {
    Dialect dialect = history.dialect();
    return new MaterializedViewTable(
        dialect, dialect.storedName(Identifiers.companion(history.name(), SUFFIX)));
  }

  public String name() {
    return name;
  }

  /** Records {@code entry} as the newest materialized view, replacing one of the same name. */
  public void record(Connection connection, Entry entry) throws SQLException {
    createIfAbsent(connection);
    forget(connection, entry.name());
    String sql =
        "INSERT INTO "
            + rendered
            + " (view_name, position, definition, indexes) VALUES (?, ?, ?, ?)";
    int position = nextPosition(connection);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, entry.name());
      statement.setInt(2, position);
      statement.setString(3, entry.definition());
      statement.setString(4, encode(entry.indexes()));
      statement.executeUpdate();
    }
  }

  /**
   * Records the indexes {@code entry} has now, keeping its place in the creation order, which
   * refreshes follow.
   */
  public void updateIndexes(Connection connection, Entry entry) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "UPDATE " + rendered + " SET indexes = ? WHERE view_name = ?")) {
      statement.setString(1, encode(entry.indexes()));
      statement.setString(2, entry.name());
      statement.executeUpdate();
    }
  }

  /** Forgets the materialized view {@code view}, if it is recorded. */
  public void forget(Connection connection, String view) throws SQLException {
    Optional<Entry> recorded = find(connection, view);
    if (recorded.isEmpty()) {
      return;
    }
    try (PreparedStatement statement =
        connection.prepareStatement("DELETE FROM " + rendered + " WHERE view_name = ?")) {
      statement.setString(1, recorded.get().name());
      statement.executeUpdate();
    }
  }

  /** The recorded view named {@code view}, whatever the case of its letters. */
  public Optional<Entry> find(Connection connection, String view) throws SQLException {
    return all(connection).stream()
        .filter(entry -> entry.name().equalsIgnoreCase(view))
        .findFirst();
  }

  /**
   * Every recorded view, in the order they were created: a view is created after the views it
   * reads, and created again whenever one of them is, so this order refreshes what a view reads
   * before the view.
   */
  public List<Entry> all(Connection connection) throws SQLException {
    if (!new HistorySetup(new HistoryTable(name, dialect)).exists(connection)) {
      return List.of();
    }
    List<Entry> entries = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT view_name, definition, indexes FROM " + rendered + " ORDER BY position")) {
      while (rows.next()) {
        entries.add(new Entry(rows.getString(1), rows.getString(2), decode(rows.getString(3))));
      }
    }
    return List.copyOf(entries);
  }

  private int nextPosition(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM " + rendered)) {
      result.next();
      return result.getInt(1);
    }
  }

  private void createIfAbsent(Connection connection) throws SQLException {
    if (new HistorySetup(new HistoryTable(name, dialect)).exists(connection)) {
      return;
    }
    String text = dialect.textType();
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE "
              + (dialect.createTableIfNotExists() ? "IF NOT EXISTS " : "")
              + rendered
              + " (view_name VARCHAR(200) NOT NULL PRIMARY KEY, position INT NOT NULL, definition "
              + text
              + " NOT NULL, indexes VARCHAR(4000) NOT NULL)");
    }
  }

  /**
   * {@code unique name a,b;index name c:desc}: names are plain identifiers, so nothing needs
   * escaping; a descending column is {@code c:desc}, which a build that predates them refuses as a
   * name rather than reading an ascending one.
   */
  static String encode(List<Index> indexes) {
    List<String> items = new ArrayList<>();
    for (Index index : indexes) {
      items.add(
          (index.unique() ? "unique " : "index ")
              + index.name()
              + " "
              + String.join(
                  ",",
                  index.columns().stream()
                      .map(c -> index.descending().contains(c) ? c + DESCENDING : c)
                      .toList()));
    }
    return String.join(";", items);
  }

  static List<Index> decode(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Index> indexes = new ArrayList<>();
    for (String item : text.split(";")) {
      String[] parts = item.split(" ");
      List<String> columns = new ArrayList<>();
      List<String> descending = new ArrayList<>();
      for (String column : parts[2].split(",")) {
        String name = column.endsWith(DESCENDING) ? column.replace(DESCENDING, "") : column;
        columns.add(name);
        if (!name.equals(column)) {
          descending.add(name);
        }
      }
      indexes.add(new Index(parts[1], columns, parts[0].equals("unique"), descending));
    }
    return List.copyOf(indexes);
  }
}
