package dev.strata.processor.diff;

import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schema from a snapshot with what it cannot know of key generators taken from the code: which
 * sequences give each table's keys ({@code keySequences}) and which tables a generator row gives
 * keys to ({@code users}), which snapshots recorded before they were kept lack. The code is
 * compared with the newest snapshot this way, so that an upgrade of Strata never records a version
 * for them alone; a snapshot that has them is compared as it is, so that a table that starts taking
 * its keys from a sequence or a row other tables already use records the version that starts it
 * after its keys.
 */
public final class KnownKeyGenerators {

  private KnownKeyGenerators() {}

  public static Schema assumed(Schema snapshot, Schema code) {
    boolean knowsSequences =
        snapshot.tables().stream()
            .filter(table -> !table.sequences().isEmpty())
            .allMatch(table -> !table.keySequences().isEmpty());
    List<TableDefinition> tables = new ArrayList<>();
    for (TableDefinition table : snapshot.tables()) {
      Optional<TableDefinition> now = code.table(table.name());
      TableDefinition.Builder assumed = table.toBuilder();
      if (!knowsSequences && now.isPresent()) {
        assumed.keySequences(now.get().keySequences());
      }
      assumed.generatorRows(
          table.generatorRows().stream().map(row -> withUsers(row, now)).toList());
      tables.add(assumed.build());
    }
    return snapshot.withTables(tables);
  }

  // a row of no users is one recorded before they were kept: every row written since has some
  private static GeneratorRow withUsers(GeneratorRow row, Optional<TableDefinition> now) {
    if (!row.users().isEmpty()) {
      return row;
    }
    return now.stream()
        .flatMap(table -> table.generatorRows().stream())
        .filter(current -> current.sameRow(row))
        .findFirst()
        .orElse(row);
  }
}
