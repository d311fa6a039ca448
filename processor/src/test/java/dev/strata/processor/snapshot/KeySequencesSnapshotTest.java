package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sequence a table shares with a table that records it, in snapshot files, which older files
 * lack: it says which sequence gives the table's keys.
 */
class KeySequencesSnapshotTest {

  private final SnapshotCodec codec = new SnapshotCodec();

  @Test
  void aSharedSequenceReadsBackEqual() {
    Snapshot snapshot = snapshot(voucher(List.of(new SequenceDefinition("shared_numbers", 1, 50))));

    String text = codec.encode(snapshot);

    assertEquals(snapshot, codec.decode(text));
    assertTrue(text.contains("\"keySequences\": ["), text);
  }

  @Test
  void aTableThatSharesNoSequenceIsWrittenAsBefore() {
    Snapshot older = snapshot(voucher(List.of()));

    String text = codec.encode(older);

    assertFalse(text.contains("keySequences"), text);
    assertEquals(older, codec.decode(text));
  }

  private static TableDefinition voucher(List<SequenceDefinition> shared) {
    return TableDefinition.builder("Voucher", "com.example.Voucher")
        .columns(List.of(new ColumnDefinition("id", "BIGINT", false)))
        .primaryKey(List.of("id"))
        .keySequences(shared)
        .build();
  }

  private static Snapshot snapshot(TableDefinition table) {
    return new Snapshot(1, "main", Optional.empty(), new Schema(List.of(), List.of(table)));
  }
}
