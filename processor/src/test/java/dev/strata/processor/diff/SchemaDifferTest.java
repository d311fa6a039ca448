package dev.strata.processor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the differ reports between two schemas, without a compiler. */
class SchemaDifferTest {

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void identicalSchemasHaveNoChange() {
    Schema schema = new Schema(List.of(view("a", "SELECT 1")));

    assertEquals(List.of(), differ.diff(schema, schema).changes());
  }

  @Test
  void leadingAndTrailingWhitespaceIsNoChange() {
    Schema before = new Schema(List.of(view("a", "SELECT 1")));
    Schema after = new Schema(List.of(view("a", "  SELECT 1\n")));

    assertEquals(List.of(), differ.diff(before, after).changes());
  }

  @Test
  void aMovedDeclaringClassIsNoChange() {
    Schema before = new Schema(List.of(DEFINITIONS.define("a", "SELECT 1", "x.A")));
    Schema after = new Schema(List.of(DEFINITIONS.define("a", "SELECT 1", "y.A")));

    assertEquals(List.of(), differ.diff(before, after).changes());
  }

  @Test
  void reportsCreatesReplacesAndDropsSortedByViewName() {
    ViewDefinition keptBefore = view("b", "SELECT 1");
    ViewDefinition keptAfter = view("b", "SELECT 2");
    ViewDefinition dropped = view("c", "SELECT 3");
    ViewDefinition created = view("a", "SELECT 4");

    List<SchemaChange> changes =
        differ
            .diff(new Schema(List.of(keptBefore, dropped)), new Schema(List.of(created, keptAfter)))
            .changes();

    assertEquals(
        List.of(
            new SchemaChange.CreateView(created),
            new SchemaChange.ReplaceView(keptBefore, keptAfter),
            new SchemaChange.DropView(dropped)),
        changes);
  }

  @Test
  void aChangedDependsOnAloneIsARedeclaration() {
    ViewDefinition before = view("a", "SELECT 1");
    ViewDefinition after =
        DEFINITIONS.define("a", "SELECT 1", "com.example.View", List.of("b"), Optional.empty());

    assertEquals(
        List.of(new SchemaChange.RedeclareView(before, after)),
        differ.diff(new Schema(List.of(before)), new Schema(List.of(after))).changes());
  }

  @Test
  void reformattedSqlIsNoChange() {
    Schema before = new Schema(List.of(view("a", "SELECT id FROM users WHERE a = 1")));
    Schema after = new Schema(List.of(view("a", "select id\n  from USERS -- all\n where a=1")));

    assertEquals(List.of(), differ.diff(before, after).changes());
  }

  @Test
  void aDeclaredRenameIsARenameAndNotADropAndACreate() {
    ViewDefinition before = view("order_totals", "SELECT 1");
    ViewDefinition after =
        DEFINITIONS.define(
            "customer_totals",
            "SELECT 1",
            "com.example.View",
            List.of(),
            Optional.of("order_totals"));

    SchemaDiff diff = differ.diff(new Schema(List.of(before)), new Schema(List.of(after)));

    assertEquals(List.of(new SchemaChange.RenameView(before, after)), diff.changes());
    assertEquals(Map.of("order_totals", "customer_totals"), diff.renames().views());
    assertEquals(Map.of("customer_totals", "order_totals"), diff.renames().inverse().views());
  }

  @Test
  void tableAndColumnRenamesAreDecidedWithTheChangesAndInvertForTheDowngrade() {
    TableDefinition clients =
        table("clients", Optional.empty(), new ColumnDefinition("name", "VARCHAR(80)", true));
    TableDefinition customers =
        table(
            "customers",
            Optional.of("clients"),
            new ColumnDefinition("full_name", "VARCHAR(80)", true, false, Optional.of("name")));

    SchemaDiff diff =
        differ.diff(
            new Schema(List.of(), List.of(clients)), new Schema(List.of(), List.of(customers)));

    assertEquals(List.of(new SchemaChange.AlterTable(clients, customers)), diff.changes());
    assertEquals(Map.of("clients", "customers"), diff.renames().tables());
    assertEquals(Map.of("name", "full_name"), diff.renames().columnsOf("customers"));
    Renames back = diff.renames().inverse();
    assertEquals(Map.of("customers", "clients"), back.tables());
    assertEquals(Map.of("full_name", "name"), back.columnsOf("clients"));
  }

  @Test
  void aColumnRenamedFromANameStillInUseIsNoRename() {
    TableDefinition before =
        table("t", Optional.empty(), new ColumnDefinition("a", "INTEGER", true));
    TableDefinition after =
        table(
            "t",
            Optional.empty(),
            new ColumnDefinition("a", "INTEGER", true),
            new ColumnDefinition("b", "INTEGER", true, false, Optional.of("a")));

    SchemaDiff diff =
        differ.diff(new Schema(List.of(), List.of(before)), new Schema(List.of(), List.of(after)));

    assertEquals(Renames.NONE, diff.renames());
  }

  private static TableDefinition table(
      String name, Optional<String> renamedFrom, ColumnDefinition... columns) {
    return TableDefinition.builder(name, "com.example.T")
        .columns(List.of(columns))
        .renamedFrom(renamedFrom)
        .build();
  }

  @Test
  void renamedFromANameTheOlderSchemaLacksIsACreate() {
    ViewDefinition after =
        DEFINITIONS.define(
            "customer_totals", "SELECT 1", "com.example.View", List.of(), Optional.of("gone"));

    assertEquals(
        List.of(new SchemaChange.CreateView(after)),
        differ.diff(Schema.EMPTY, new Schema(List.of(after))).changes());
  }

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();

  private static ViewDefinition view(String name, String sql) {
    return DEFINITIONS.define(name, sql, "com.example.View");
  }
}
