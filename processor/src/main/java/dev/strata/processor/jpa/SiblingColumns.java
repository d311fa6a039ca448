package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The columns that sibling subclasses of one single-table hierarchy both map ({@code Car.vin} and
 * {@code Truck.vin}): Hibernate 7 creates one column for them, with one unique constraint and one
 * foreign key (measured on H2 with its own export), where Strata made two and refused the table
 * ("two fields map to column vin"). A column a subclass maps again below a class that maps it, or
 * with another definition, stays two, which the table's check reports.
 */
final class SiblingColumns {

  /** Which subclass first added each column to the single table, by its name in lower case. */
  private final Map<String, TypeElement> addedBy = new HashMap<>();

  /**
   * {@code part}, the columns {@code subclass} adds to {@code table}, without those an earlier
   * sibling added alike, and without the indexes and foreign keys the table has already.
   */
  TableDefinition shared(TableDefinition table, TableDefinition part, TypeElement subclass) {
    List<ColumnDefinition> columns = new ArrayList<>();
    for (ColumnDefinition column : part.columns()) {
      String name = column.name().toLowerCase(Locale.ROOT);
      TypeElement earlier = addedBy.putIfAbsent(name, subclass);
      if (earlier == null
          || below(subclass, earlier)
          || !table.column(column.name()).equals(Optional.of(column))) {
        columns.add(column);
      }
    }
    return part.toBuilder()
        .columns(columns)
        .indexes(part.indexes().stream().filter(i -> !table.indexes().contains(i)).toList())
        .foreignKeys(
            part.foreignKeys().stream().filter(k -> !table.foreignKeys().contains(k)).toList())
        .build();
  }

  /** Whether {@code type} extends {@code ancestor}, directly or not. */
  private static boolean below(TypeElement type, TypeElement ancestor) {
    for (TypeElement current = JpaTypes.typeElement(type.getSuperclass());
        current != null;
        current = JpaTypes.typeElement(current.getSuperclass())) {
      if (current.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }
}
