package dev.strata.processor.plan;

import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import dev.strata.processor.model.TableInheritance.RowMark;
import dev.strata.processor.model.TableInheritance.ValueRename;
import dev.strata.processor.plan.TableOperation.Execute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The updates that give the rows of an entity whose discriminator value changes (the entity
 * renamed) the new value, which Hibernate reads them by and the new check constraint allows: they
 * run after the old check went and before the new one comes. A joined subclass's rows are found by
 * the value its table records, a single table's by the renamed values it records; a downgrade,
 * planned from the newer schema to the older, gives them their old value back.
 */
final class DiscriminatorRemarks {

  private DiscriminatorRemarks() {}

  /** The updates between {@code before} and {@code after}, the same table in two versions. */
  static List<Operation> of(TableDefinition before, TableDefinition after) {
    List<Operation> operations = new ArrayList<>();
    Optional<RowMark> old = before.inheritance().flatMap(i -> i.ownRows(before.name()));
    Optional<RowMark> now = after.inheritance().flatMap(i -> i.ownRows(after.name()));
    if (old.isPresent() && now.isPresent() && !old.get().value().equals(now.get().value())) {
      operations.add(update(now.get().table(), now.get().column(), old.get().value(), now.get()));
    }
    List<ValueRename> earlier = renamedValues(before);
    for (ValueRename rename : renamedValues(after)) {
      if (!earlier.contains(rename)) {
        operations.add(update(after.name(), rename.column(), rename.former(), rename.current()));
      }
    }
    List<ValueRename> later = renamedValues(after);
    for (ValueRename rename : earlier) {
      if (!later.contains(rename)) {
        operations.add(update(after.name(), rename.column(), rename.current(), rename.former()));
      }
    }
    return operations;
  }

  private static List<ValueRename> renamedValues(TableDefinition table) {
    return table.inheritance().map(TableInheritance::renamedValues).orElse(List.of());
  }

  private static Operation update(String table, String column, String from, RowMark to) {
    return update(table, column, from, to.value());
  }

  private static Operation update(String table, String column, String from, String to) {
    return set(table, column, to, column + " = " + from);
  }

  /** Gives {@code column} of the rows of {@code table} that {@code rows} selects {@code value}. */
  static Operation set(String table, String column, String value, String rows) {
    return new Execute(
        table, "UPDATE " + table + " SET " + column + " = " + value + " WHERE " + rows);
  }
}
