package dev.strata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.View;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one way to build a table or a view: a builder whose unset parts are empty, and a copy that
 * keeps every part but the ones it changes.
 */
class ModelBuildersTest {

  private static final TableDefinition TABLE =
      TableDefinition.builder("payments", "com.example.Payment")
          .columns(
              List.of(
                  new ColumnDefinition("id", "BIGINT", false),
                  new ColumnDefinition("DTYPE", "VARCHAR(31)", false)))
          .primaryKey(List.of("id"))
          .indexes(List.of(new IndexDefinition("payments_dtype_idx", List.of("DTYPE"), false)))
          .foreignKeys(
              List.of(
                  new ForeignKeyDefinition(
                      "payments_id_fkey", List.of("id"), "refs", List.of("id"))))
          .renamedFrom(Optional.of("payment"))
          .sequences(List.of(new SequenceDefinition("payments_seq", 1, 50)))
          .keySequences(List.of(new SequenceDefinition("shared_numbers", 1, 50)))
          .checks(List.of(new CheckDefinition("payments_id_check", "(id>=1)")))
          .generatorRows(List.of(new GeneratorRow("gen_name", "payments", "gen_val", 0)))
          .inheritance(
              Optional.of(
                  new TableInheritance(
                      TableInheritance.Strategy.SINGLE_TABLE,
                      List.of("com.example.CardPayment"),
                      Optional.empty())))
          .softDelete(Optional.of(new SoftDeleteColumn("deleted", "FALSE")))
          .comment(Optional.of("one row per payment"))
          .build();

  private static final ViewDefinition VIEW =
      ViewDefinition.builder("card_totals", "SELECT id FROM payments", "com.example.T", "a1")
          .reads(Optional.of(List.of("payments")))
          .columns(Optional.of(List.of("id")))
          .dependsOn(List.of("rates"))
          .renamedFrom(Optional.of("totals"))
          .columnReads(Optional.of(new ColumnReads(List.of("payments.id"))))
          .dialects(
              List.of(new DialectQuery("h2", "SELECT id FROM payments", "b2", Optional.empty())))
          .options(
              new ViewOptions(
                  View.CheckOption.LOCAL, View.Security.INVOKER, false, View.Algorithm.UNDEFINED))
          .materialized(Optional.of(new Materialization(true, List.of())))
          .build();

  @Test
  void aTableBuilderStartsWithEveryPartEmpty() {
    TableDefinition bare = TableDefinition.builder("payments", "com.example.Payment").build();

    assertEquals(List.of(), bare.columns());
    assertEquals(Optional.empty(), bare.renamedFrom());
    assertEquals(Optional.empty(), bare.inheritance());
    assertEveryPartDiffersButTheGiven(bare, TABLE, List.of("name", "declaredBy"));
  }

  @Test
  void aTableCopiedThroughItsBuilderKeepsEveryPart() {
    assertEquals(TABLE, TABLE.toBuilder().build());
    assertEquals(List.of(), TABLE.withChecks(List.of()).checks());
    assertEquals(TABLE.generatorRows(), TABLE.withChecks(List.of()).generatorRows());
  }

  @Test
  void aViewBuilderStartsPlainWithNoOptionsAndNothingKnown() {
    ViewDefinition bare =
        ViewDefinition.builder("card_totals", "SELECT id FROM payments", "com.example.T", "a1")
            .build();

    assertEquals(ViewOptions.NONE, bare.options());
    assertEquals(Optional.empty(), bare.reads());
    assertEquals(Optional.empty(), bare.materialized());
    assertEveryPartDiffersButTheGiven(bare, VIEW, List.of("name", "sql", "declaredBy", "hash"));
  }

  @Test
  void aViewCopiedThroughItsBuilderKeepsEveryPart() {
    assertEquals(VIEW, VIEW.toBuilder().build());
    ViewDefinition plain = VIEW.withMaterialized(Optional.empty());
    assertEquals(Optional.empty(), plain.materialized());
    assertEquals(VIEW, plain.withMaterialized(VIEW.materialized()));
  }

  @Test
  void theBuilderChecksWhatTheRecordChecks() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TableDefinition.builder("no table", "com.example.T").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> ViewDefinition.builder("v", " ", "com.example.T", "a1").build());
  }

  /**
   * Every part of {@code full} but {@code given} differs from the {@code bare} one, so that the
   * copies above compare every part: a part the builder forgot to copy fails them.
   */
  private static void assertEveryPartDiffersButTheGiven(
      Record bare, Record full, List<String> given) {
    for (RecordComponent component : bare.getClass().getRecordComponents()) {
      Object bareValue = value(component, bare);
      Object fullValue = value(component, full);
      if (given.contains(component.getName())) {
        assertEquals(bareValue, fullValue, component.getName());
      } else {
        assertNotEquals(bareValue, fullValue, component.getName());
      }
    }
  }

  private static Object value(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
