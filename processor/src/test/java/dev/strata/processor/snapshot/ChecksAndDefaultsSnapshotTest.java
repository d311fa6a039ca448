package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Check constraints and column defaults in snapshot files, which older files lack. */
class ChecksAndDefaultsSnapshotTest {

  private final SnapshotCodec codec = new SnapshotCodec();

  @Test
  void checksAndDefaultsReadBackEqual() {
    Snapshot snapshot = snapshot(products(Optional.of("0"), List.of(check())));

    String text = codec.encode(snapshot);

    assertEquals(snapshot, codec.decode(text));
    assertTrue(text.contains("\"defaultValue\": \"0\""), text);
    assertTrue(
        text.contains("\"name\": \"products_stock_check\",\n")
            && text.contains("\"condition\": \"(stock>=0)\""),
        text);
  }

  @Test
  void aTableWithoutChecksOrDefaultsIsWrittenAsStrata01WroteIt() {
    String text = codec.encode(snapshot(products(Optional.empty(), List.of())));

    assertFalse(text.contains("checks"), text);
    assertFalse(text.contains("defaultValue"), text);
  }

  @Test
  void aSnapshotWrittenBeforeChecksAndDefaultsReads() {
    Snapshot older = snapshot(products(Optional.empty(), List.of()));
    String text = codec.encode(older);

    assertEquals(older, codec.decode(text));
  }

  @Test
  void aCheckWithoutConditionIsRefusedByItsPath() {
    String text =
        codec
            .encode(snapshot(products(Optional.empty(), List.of(check()))))
            .replace("\"condition\": \"(stock>=0)\"", "\"condition\": \" \"");

    MalformedSnapshotException refused =
        assertThrows(MalformedSnapshotException.class, () -> codec.decode(text));
    assertTrue(refused.getMessage().contains("tables[0].checks[0]"), refused.getMessage());
  }

  private static CheckDefinition check() {
    return new CheckDefinition("products_stock_check", "(stock>=0)");
  }

  private static TableDefinition products(
      Optional<String> stockDefault, List<CheckDefinition> checks) {
    return TableDefinition.builder("products", "com.example.Product")
        .columns(
            List.of(
                new ColumnDefinition("id", "BIGINT", false),
                new ColumnDefinition("stock", "INTEGER", false).withDefault(stockDefault)))
        .primaryKey(List.of("id"))
        .checks(checks)
        .build();
  }

  private static Snapshot snapshot(TableDefinition table) {
    return new Snapshot(1, "main", Optional.empty(), new Schema(List.of(), List.of(table)));
  }
}
