package dev.strata.processor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the differ reports between two schemas, without a compiler. */
class SchemaDifferTest {

  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void identicalSchemasHaveNoChange() {
    Schema schema = new Schema(List.of(view("a", "SELECT 1")));

    assertEquals(List.of(), differ.diff(schema, schema));
  }

  @Test
  void leadingAndTrailingWhitespaceIsNoChange() {
    Schema before = new Schema(List.of(view("a", "SELECT 1")));
    Schema after = new Schema(List.of(view("a", "  SELECT 1\n")));

    assertEquals(List.of(), differ.diff(before, after));
  }

  @Test
  void aMovedDeclaringClassIsNoChange() {
    Schema before = new Schema(List.of(DEFINITIONS.define("a", "SELECT 1", "x.A")));
    Schema after = new Schema(List.of(DEFINITIONS.define("a", "SELECT 1", "y.A")));

    assertEquals(List.of(), differ.diff(before, after));
  }

  @Test
  void reportsCreatesReplacesAndDropsSortedByViewName() {
    ViewDefinition keptBefore = view("b", "SELECT 1");
    ViewDefinition keptAfter = view("b", "SELECT 2");
    ViewDefinition dropped = view("c", "SELECT 3");
    ViewDefinition created = view("a", "SELECT 4");

    List<SchemaChange> changes =
        differ.diff(
            new Schema(List.of(keptBefore, dropped)), new Schema(List.of(created, keptAfter)));

    assertEquals(
        List.of(
            new SchemaChange.CreateView(created),
            new SchemaChange.ReplaceView(keptBefore, keptAfter),
            new SchemaChange.DropView(dropped)),
        changes);
  }

  @Test
  void reformattedSqlIsNoChange() {
    Schema before = new Schema(List.of(view("a", "SELECT id FROM users WHERE a = 1")));
    Schema after = new Schema(List.of(view("a", "select id\n  from USERS -- all\n where a=1")));

    assertEquals(List.of(), differ.diff(before, after));
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

    assertEquals(
        List.of(new SchemaChange.RenameView(before, after)),
        differ.diff(new Schema(List.of(before)), new Schema(List.of(after))));
  }

  @Test
  void renamedFromANameTheOlderSchemaLacksIsACreate() {
    ViewDefinition after =
        DEFINITIONS.define(
            "customer_totals", "SELECT 1", "com.example.View", List.of(), Optional.of("gone"));

    assertEquals(
        List.of(new SchemaChange.CreateView(after)),
        differ.diff(Schema.EMPTY, new Schema(List.of(after))));
  }

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();

  private static ViewDefinition view(String name, String sql) {
    return DEFINITIONS.define(name, sql, "com.example.View");
  }
}
