package dev.strata.processor.snapshot;

import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Checks what a snapshot's fields say about each other, once each field has its type: every column
 * a key or index names exists, in its own table or in the table a foreign key refers to. Planning
 * trusts these facts, so a snapshot that breaks one is refused before planning rather than
 * producing a migration that fails at startup.
 *
 * <p>A view's {@code hash} is not checked against its {@code sql}: the file name's hash already
 * refuses any edit, and a snapshot written by an earlier Strata, whose comparison rules differed,
 * holds the hash those rules gave. Planning uses the stored hashes, so that the migrations of the
 * history never change; the code is compared with the newest snapshot under today's rules ({@code
 * sql.CurrentHashes}).
 */
final class SnapshotConsistency {

  private SnapshotConsistency() {}

  static void check(Schema schema) {
    for (TableDefinition table : schema.tables()) {
      checkTable(schema, table);
    }
  }

  private static void checkTable(Schema schema, TableDefinition table) {
    table.columns().stream()
        .filter(column -> column.type().isBlank())
        .findFirst()
        .ifPresent(
            column -> {
              throw new MalformedSnapshotException(
                  SnapshotMessages.noColumnType(table.name(), column.name()));
            });
    requireColumns(table, table.primaryKey(), "its primary key");
    for (IndexDefinition index : table.indexes()) {
      requireColumns(table, index.columns(), "index " + index.name());
    }
    for (ForeignKeyDefinition key : table.foreignKeys()) {
      requireColumns(table, key.columns(), "foreign key " + key.name());
      Optional<TableDefinition> target = schema.table(key.referencedTable());
      if (target.isEmpty()) {
        throw new MalformedSnapshotException(
            SnapshotMessages.unknownTarget(table.name(), key.name(), key.referencedTable()));
      }
      if (key.referencedColumns().size() != key.columns().size()) {
        throw new MalformedSnapshotException(
            SnapshotMessages.keyWidthMismatch(table.name(), key.name()));
      }
      requireColumns(target.get(), key.referencedColumns(), "foreign key " + key.name());
    }
  }

  private static void requireColumns(TableDefinition table, List<String> columns, String user) {
    for (String column : columns) {
      if (table.column(column).isEmpty()) {
        throw new MalformedSnapshotException(
            SnapshotMessages.unknownColumn(table.name(), column, user));
      }
    }
  }
}
