package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The table, column, index and foreign key values refuse what no database could create. */
class TableModelTest {

  private static final Column ID = new Column("id", "BIGINT", false, true);

  @Test
  void namedFactoriesSayWhatTheBooleansMean() {
    assertEquals(
        new Column("email", "VARCHAR(255)", true, false), Column.of("email", "VARCHAR(255)"));
    assertEquals(new Column("name", "TEXT", false, false), Column.of("name", "TEXT").notNull());
    assertEquals(ID, Column.of("id", "BIGINT").generatedAsIdentity());
    assertEquals(ID, Column.of("id", "BIGINT").notNull().generatedAsIdentity());
    assertEquals(new Index("i", List.of("a"), false), Index.on("i", List.of("a")));
    assertEquals(new Index("k", List.of("a", "b"), true), Index.uniqueOn("k", List.of("a", "b")));
  }

  @Test
  void columnNamesArePlainIdentifiersAndTypesAreNotBlank() {
    assertRefused(
        "Invalid column name 'public.id'", () -> new Column("public.id", "BIGINT", false, false));
    assertRefused(
        "Invalid column name 'drop table'", () -> new Column("drop table", "INT", true, false));
    assertRefused("Column id has no type", () -> new Column("id", " ", false, false));
    assertEquals("jsonb", new Column("doc", "jsonb", true, false).type());
  }

  @Test
  void tablesHaveColumnsEachNamedOnceAndAKeyOverThem() {
    assertRefused("Table t has no column", () -> new Table("t", List.of(), List.of()));
    assertRefused(
        "Table t has two columns named ID",
        () -> new Table("t", List.of(ID, new Column("ID", "INTEGER", true, false)), List.of()));
    assertRefused(
        "The primary key of table t names code, which is not a column of the table",
        () -> new Table("t", List.of(ID), List.of("code")));
    assertRefused(
        "The primary key of table t names id, which is not a column of the table or is named twice",
        () -> new Table("t", List.of(ID), List.of("id", "id")));
    assertRefused("Invalid table name 'a.b.c'", () -> new Table("a.b.c", List.of(ID), List.of()));
    assertEquals("app.t", new Table("app.t", List.of(ID), List.of("ID")).name());
  }

  @Test
  void tablesKeepACopyOfTheirLists() {
    List<Column> columns = new ArrayList<>(List.of(ID));
    Table table = new Table("t", columns, List.of("id"));

    columns.add(new Column("name", "VARCHAR(10)", true, false));

    assertEquals(List.of(ID), table.columns());
    assertThrows(UnsupportedOperationException.class, () -> table.primaryKey().add("x"));
  }

  @Test
  void indexesAndForeignKeysNameTheirColumns() {
    assertRefused("Index i has no column", () -> new Index("i", List.of(), false));
    assertRefused("Invalid index name 's.i'", () -> new Index("s.i", List.of("a"), false));
    assertRefused(
        "Foreign key fk has 2 column(s) but references 1",
        () -> new ForeignKey("fk", List.of("a", "b"), "t", List.of("id")));
    assertRefused(
        "Invalid referenced table name 'x y'",
        () -> new ForeignKey("fk", List.of("a"), "x y", List.of("id")));
    assertEquals(
        "other.customers",
        new ForeignKey("fk", List.of("a"), "other.customers", List.of("id")).referencedTable());
  }

  private static void assertRefused(String expected, Executable construction) {
    String message = assertThrows(IllegalArgumentException.class, construction).getMessage();
    assertTrue(message.startsWith(expected), message);
  }
}
