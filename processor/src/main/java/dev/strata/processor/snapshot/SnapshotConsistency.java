package dev.strata.processor.snapshot;

import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.CanonicalHash;
import dev.strata.processor.sql.InvalidQueryException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what a snapshot's fields say about each other, once each field has its type: a view's
 * {@code hash} is the hash of its {@code sql}, and every column a key or index names exists, in its
 * own table or in the table a foreign key refers to. Planning trusts these facts, so a snapshot
 * that breaks one is refused before planning rather than producing a migration that fails at
 * startup.
 */
final class SnapshotConsistency {

  private SnapshotConsistency() {}

  /**
   * @param hashesBySql the hashes of queries already checked: most views are the same from one
   *     version to the next, so a long history is hashed once per distinct query
   */
  static void check(Schema schema, Map<String, String> hashesBySql) {
    for (ViewDefinition view : schema.views()) {
      checkHash(view, hashesBySql);
    }
    for (TableDefinition table : schema.tables()) {
      checkTable(schema, table);
    }
  }

  private static void checkHash(ViewDefinition view, Map<String, String> hashesBySql) {
    String hash;
    try {
      hash = hashesBySql.computeIfAbsent(view.sql(), CanonicalHash::of);
    } catch (InvalidQueryException e) {
      throw new MalformedSnapshotException(SnapshotMessages.unreadableSql(view.name(), e));
    }
    if (!hash.equals(view.hash())) {
      throw new MalformedSnapshotException(SnapshotMessages.hashMismatch(view.name()));
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
