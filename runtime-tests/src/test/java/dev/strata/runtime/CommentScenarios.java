package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Comments on tables and columns, the same on every database (H2, PostgreSQL and MariaDB in the
 * subclasses), as the JDBC driver reports them: given with the table and the added column, changed
 * and removed, kept by a column's other changes, and taken back by a downgrade and by a failed
 * migration.
 */
abstract class CommentScenarios extends DatabaseScenarios {

  private static final String ODD = "it's \"quoted\"\nover two lines";

  private static final FakeMigration ITEMS =
      FakeMigration.of(
          1,
          "Create items",
          ops ->
              ops.createTable(
                  new Table(
                          "items",
                          List.of(
                              Column.of("id", "BIGINT").notNull().withComment("the key"),
                              Column.of("name", "VARCHAR(50)").withComment(ODD),
                              Column.of("price", "INTEGER").notNull().withDefault("0")),
                          List.of("id"))
                      .withComment("one row per item")),
          ops -> ops.dropTable("items"));

  @Test
  void aTableAndItsColumnsAreCreatedWithTheirComments() throws SQLException {
    strata(ITEMS).upgrade();

    assertEquals(Optional.of("one row per item"), tableComment("items"));
    assertEquals(Optional.of("the key"), columnComment("items", "id"));
    assertEquals(Optional.of(ODD), columnComment("items", "name"));
    assertEquals(Optional.empty(), columnComment("items", "price"));
  }

  @Test
  void commentsAreChangedAndRemovedAndTheDowngradeGivesThemBack() throws SQLException {
    FakeMigration recomment =
        FakeMigration.of(
            2,
            "Comment again",
            ops -> {
              ops.commentOnTable("items", Optional.of("the catalogue"));
              ops.commentOnColumn("items", Column.of("id", "BIGINT").notNull());
              ops.commentOnColumn(
                  "items",
                  Column.of("price", "INTEGER").notNull().withDefault("0").withComment("in cents"));
              ops.addColumn("items", Column.of("stock", "INTEGER").withComment("on the shelf"));
            },
            ops -> {
              ops.dropColumn("items", "stock");
              ops.commentOnColumn(
                  "items", Column.of("price", "INTEGER").notNull().withDefault("0"));
              ops.commentOnColumn(
                  "items", Column.of("id", "BIGINT").notNull().withComment("the key"));
              ops.commentOnTable("items", Optional.of("one row per item"));
            });
    Strata strata = strata(ITEMS, recomment);
    strata.upgrade(1);
    database.execute("INSERT INTO items (id, name) VALUES (1, 'pen')");

    strata.upgrade();

    assertEquals(Optional.of("the catalogue"), tableComment("items"));
    assertEquals(Optional.empty(), columnComment("items", "id"));
    assertEquals(Optional.of("in cents"), columnComment("items", "price"));
    assertEquals(Optional.of("on the shelf"), columnComment("items", "stock"));
    assertEquals(List.of("1|pen|0"), database.rows("SELECT id, name, price FROM items"));
    // the restated column keeps its default and refuses NULL as before
    database.execute("INSERT INTO items (id) VALUES (2)");
    assertEquals(List.of("2|0"), database.rows("SELECT id, price FROM items WHERE id = 2"));
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO items (id, price) VALUES (3, NULL)"));

    strata.downgrade(1);

    assertEquals(Optional.of("one row per item"), tableComment("items"));
    assertEquals(Optional.of("the key"), columnComment("items", "id"));
    assertEquals(Optional.empty(), columnComment("items", "price"));
    assertEquals(Optional.of(ODD), columnComment("items", "name"));
  }

  @Test
  void aColumnAlteredWithoutACommentKeepsItsOwnAndOneAlteredWithACommentTakesIt()
      throws SQLException {
    FakeMigration widen =
        FakeMigration.of(
            2,
            "Widen",
            ops -> {
              ops.alterColumn("items", Column.of("name", "VARCHAR(100)"));
              ops.alterColumn("items", Column.of("id", "BIGINT").notNull().withComment("its id"));
            },
            ops -> {});

    strata(ITEMS, widen).upgrade();

    assertEquals(Optional.of(ODD), columnComment("items", "name"));
    assertEquals(Optional.of("its id"), columnComment("items", "id"));
  }

  @Test
  void aFailedMigrationTakesBackTheCommentsItChanged() throws SQLException {
    FakeMigration broken =
        FakeMigration.of(
            2,
            "Comment, then fail",
            ops -> {
              ops.commentOnTable("items", Optional.empty());
              ops.commentOnColumn(
                  "items", Column.of("name", "VARCHAR(50)").withComment("renamed soon"));
              ops.execute("SELECT no_such_column FROM items");
            },
            ops -> {});
    strata(ITEMS).upgrade();

    assertThrows(StrataException.class, strata(ITEMS, broken)::upgrade);

    assertEquals(List.of("main:1"), database.history());
    assertEquals(Optional.of("one row per item"), tableComment("items"));
    assertEquals(Optional.of(ODD), columnComment("items", "name"));
  }

  private Optional<String> tableComment(String table) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection
                .getMetaData()
                .getTables(
                    connection.getCatalog(),
                    connection.getSchema(),
                    stored(connection.getMetaData(), table),
                    null)) {
      return rows.next() ? remarks(rows) : Optional.empty();
    }
  }

  private Optional<String> columnComment(String table, String column) throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      try (ResultSet rows =
          metaData.getColumns(
              connection.getCatalog(),
              connection.getSchema(),
              stored(metaData, table),
              stored(metaData, column))) {
        return rows.next() ? remarks(rows) : Optional.empty();
      }
    }
  }

  private static Optional<String> remarks(ResultSet row) throws SQLException {
    String remarks = row.getString("REMARKS");
    return remarks == null || remarks.isEmpty() ? Optional.empty() : Optional.of(remarks);
  }

  private static String stored(DatabaseMetaData metaData, String name) throws SQLException {
    return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT) : name;
  }
}
