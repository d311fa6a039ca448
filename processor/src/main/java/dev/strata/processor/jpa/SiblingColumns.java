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
import javax.lang.model.element.VariableElement;

/**
 * The columns that sibling subclasses of one single-table hierarchy both map ({@code Car.vin} and
 * {@code Truck.vin}): Hibernate 7 creates one column for them, with one unique constraint and one
 * foreign key (measured on H2 with its own export), where Strata made two and refused the table
 * ("two fields map to column vin"). Siblings that map the column with different definitions are an
 * error on the later one, as Hibernate creates the column as one of them maps it and ignores the
 * other's without a word (measured: lengths 255 and 20 made a {@code varchar(255)}). A column a
 * subclass maps again below a class that maps it stays two, which the table's check reports.
 */
final class SiblingColumns {

  /** The subclass and field that first added a column to the single table. */
  private record Added(TypeElement subclass, VariableElement field) {}

  /** Which subclass first added each column to the single table, by its name in lower case. */
  private final Map<String, Added> addedBy = new HashMap<>();

  /**
   * {@code part}, the columns {@code subclass} adds to {@code table} from its fields' {@code
   * mapped} columns, without those an earlier sibling added alike, and without the indexes and
   * foreign keys the table has already; one an earlier sibling added otherwise is reported.
   */
  TableDefinition shared(
      TableDefinition table,
      TableDefinition part,
      TypeElement subclass,
      List<MappedColumn> mapped,
      MappingReport report) {
    List<ColumnDefinition> columns = new ArrayList<>();
    for (ColumnDefinition column : part.columns()) {
      String name = column.name().toLowerCase(Locale.ROOT);
      Optional<VariableElement> field =
          mapped.stream()
              .filter(c -> c.name().equalsIgnoreCase(column.name()))
              .map(MappedColumn::field)
              .findFirst();
      Added earlier = addedBy.putIfAbsent(name, new Added(subclass, field.orElse(null)));
      Optional<ColumnDefinition> existing = table.column(column.name());
      if (earlier == null || below(subclass, earlier.subclass())) {
        columns.add(column);
      } else if (!existing.equals(Optional.of(column))) {
        if (field.isPresent() && earlier.field() != null && existing.isPresent()) {
          report.unsupported(
              InheritanceMessages.siblingColumnDefinitions(
                  table.name(), column, existing.get(), earlier.field(), field.get()),
              field.get(),
              null);
        } else {
          columns.add(column); // which the table's check reports as mapped twice
        }
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
