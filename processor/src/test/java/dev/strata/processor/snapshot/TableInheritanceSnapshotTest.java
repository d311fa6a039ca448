package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table's place in an entity hierarchy is part of the snapshot: it reads back as written, and a
 * table of no hierarchy writes nothing for it, so that snapshots written before it read and write
 * the same.
 */
class TableInheritanceSnapshotTest {

  private static final TableDefinition PAYMENTS =
      TableDefinition.builder("Payment", "com.example.Payment")
          .columns(
              List.of(
                  new ColumnDefinition("id", "BIGINT", false),
                  new ColumnDefinition("DTYPE", "VARCHAR(31)", false)))
          .primaryKey(List.of("id"))
          .build();

  private final SnapshotCodec codec = new SnapshotCodec();

  @Test
  void aSingleTableReadsBackWithItsStrategyAndSubclasses() throws Exception {
    Snapshot snapshot =
        snapshot(
            PAYMENTS.withInheritance(
                new TableInheritance(
                    TableInheritance.Strategy.SINGLE_TABLE,
                    List.of("com.example.WalletPayment", "com.example.CardPayment"))));

    String json = codec.encode(snapshot);

    assertEquals(snapshot, codec.decode(json));
    assertTrue(json.contains("\"strategy\": \"SINGLE_TABLE\""), json);
    assertTrue(
        json.indexOf("com.example.CardPayment") < json.indexOf("com.example.WalletPayment"),
        "subclasses sorted: " + json);
  }

  @Test
  void theDiscriminatorEarlierRowsTakeReadsBackAndIsLeftOutWhenNone() throws Exception {
    TableInheritance withRoot =
        new TableInheritance(
            TableInheritance.Strategy.SINGLE_TABLE,
            List.of("com.example.CardPayment"),
            Optional.of(new TableInheritance.Discriminator("DTYPE", "'Payment'")));
    Snapshot snapshot = snapshot(PAYMENTS.withInheritance(withRoot));

    String json = codec.encode(snapshot);
    String without =
        codec.encode(
            snapshot(
                PAYMENTS.withInheritance(
                    new TableInheritance(
                        TableInheritance.Strategy.SINGLE_TABLE,
                        List.of("com.example.CardPayment")))));

    assertEquals(snapshot, codec.decode(json));
    assertTrue(json.contains("\"discriminator\": \"DTYPE\""), json);
    assertTrue(json.contains("\"rootValue\": \"'Payment'\""), json);
    assertFalse(without.contains("discriminator") || without.contains("rootValue"), without);
  }

  @Test
  void aDiscriminatorWithoutItsRootValueIsRefused() throws Exception {
    String json =
        codec
            .encode(
                snapshot(
                    PAYMENTS.withInheritance(
                        new TableInheritance(
                            TableInheritance.Strategy.SINGLE_TABLE,
                            List.of(),
                            Optional.of(
                                new TableInheritance.Discriminator("DTYPE", "'Payment'"))))))
            .replaceAll(",\\s*\"rootValue\": \"'Payment'\"", "");

    MalformedSnapshotException refused =
        assertThrows(MalformedSnapshotException.class, () -> codec.decode(json));

    assertTrue(refused.getMessage().contains("discriminator and rootValue"), refused.getMessage());
  }

  @Test
  void whereAJoinedSubclassesRowsAreMarkedReadsBackAndIsRefusedInPart() throws Exception {
    TableInheritance marked =
        TableInheritance.joinedSubclass(
            Optional.of(new TableInheritance.RowMark("Payment", "DTYPE", "'CardPayment'")));
    Snapshot snapshot = snapshot(PAYMENTS.withInheritance(marked));

    String json = codec.encode(snapshot);
    String partial = json.replaceAll(",\\s*\"ownValue\": \"'CardPayment'\"", "");

    assertEquals(snapshot, codec.decode(json));
    assertTrue(json.contains("\"rootTable\": \"Payment\""), json);
    assertTrue(json.contains("\"rootDiscriminator\": \"DTYPE\""), json);
    assertTrue(json.contains("\"ownValue\": \"'CardPayment'\""), json);
    MalformedSnapshotException refused =
        assertThrows(MalformedSnapshotException.class, () -> codec.decode(partial));
    assertTrue(
        refused.getMessage().contains("rootTable, rootDiscriminator and ownValue"),
        refused.getMessage());
  }

  @Test
  void aSingleTablesRenamedValuesReadBackAndAreLeftOutWhenNone() throws Exception {
    TableInheritance renamed =
        new TableInheritance(
            TableInheritance.Strategy.SINGLE_TABLE,
            List.of("com.example.CardPayment"),
            Optional.empty(),
            List.of(new TableInheritance.ValueRename("DTYPE", "'Card'", "'CardPayment'")));
    Snapshot snapshot = snapshot(PAYMENTS.withInheritance(renamed));

    String json = codec.encode(snapshot);

    assertEquals(snapshot, codec.decode(json));
    assertTrue(json.contains("\"former\": \"'Card'\""), json);
    assertTrue(json.contains("\"current\": \"'CardPayment'\""), json);
    assertFalse(
        codec
            .encode(
                snapshot(
                    PAYMENTS.withInheritance(
                        new TableInheritance(
                            TableInheritance.Strategy.SINGLE_TABLE, List.of("com.example.A")))))
            .contains("renamedValues"));
  }

  @Test
  void aTableOfNoHierarchyWritesNoInheritance() throws Exception {
    String json = codec.encode(snapshot(PAYMENTS));

    assertFalse(json.contains("inheritance"), json);
    assertEquals(snapshot(PAYMENTS), codec.decode(json));
  }

  @Test
  void anUnknownStrategyIsRefusedNamingIt() throws Exception {
    String json =
        codec
            .encode(
                snapshot(
                    PAYMENTS.withInheritance(
                        new TableInheritance(TableInheritance.Strategy.JOINED, List.of()))))
            .replace("\"JOINED\"", "\"UNION\"");

    MalformedSnapshotException refused =
        assertThrows(MalformedSnapshotException.class, () -> codec.decode(json));

    assertTrue(
        refused.getMessage().contains("Not an inheritance strategy: UNION"), refused.getMessage());
  }

  private static Snapshot snapshot(TableDefinition table) {
    return new Snapshot(1, "main", Optional.empty(), new Schema(List.of(), List.of(table)));
  }
}
