package dev.strata.processor.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;
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
    Schema before = new Schema(List.of(new ViewDefinition("a", "SELECT 1", "x.A")));
    Schema after = new Schema(List.of(new ViewDefinition("a", "SELECT 1", "y.A")));

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

  private static ViewDefinition view(String name, String sql) {
    return new ViewDefinition(name, sql, "com.example.View");
  }
}
