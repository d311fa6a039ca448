package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.ForeignKeyDefinition.OnDelete;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * A table whose rows extend the rows of another, as the table of a joined subclass extends its
 * parent's and a secondary table its entity's: its key repeats the other table's key (same types,
 * NOT NULL, never generated), under names of its own, and is a foreign key to it, unless its
 * {@code @ForeignKey} says {@code NO_CONSTRAINT}.
 */
final class JoinedKeys {

  private JoinedKeys() {}

  /**
   * @param names the key columns' names, one for each of {@code joined}'s key columns
   * @param declaredKey the {@code @ForeignKey} that names the key or leaves it out, if any
   * @param onDelete the key's ON DELETE rule
   */
  static TableDefinition join(
      TableDefinition table,
      List<String> names,
      TableDefinition joined,
      Optional<AnnotationMirror> declaredKey,
      OnDelete onDelete) {
    List<ColumnDefinition> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ColumnDefinition key = joined.column(joined.primaryKey().get(i)).orElseThrow();
      ColumnDefinition column = new ColumnDefinition(names.get(i), key.type(), false);
      // named after the key column, it was renamed with it (@RenamedFrom on the @Id)
      columns.add(column.name().equals(key.name()) ? column.formerly(key.renamedFrom()) : column);
    }
    columns.addAll(table.columns());
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>(table.foreignKeys());
    DeclaredForeignKeys.as(
            declaredKey,
            new ForeignKeyDefinition(
                TableMapper.constraintName(table.name(), String.join("_", names), "fkey"),
                names,
                joined.name(),
                joined.primaryKey(),
                onDelete))
        .ifPresent(foreignKeys::add);
    return table.toBuilder().columns(columns).primaryKey(names).foreignKeys(foreignKeys).build();
  }
}
