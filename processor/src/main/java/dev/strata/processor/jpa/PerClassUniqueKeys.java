package dev.strata.processor.jpa;

import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * The unique constraints a {@code TABLE_PER_CLASS} subclass's table does not repeat: the one unique
 * key Hibernate 7 makes over the join columns of a {@code @OneToOne} to a composite key is the
 * declaring class's table's alone, none where that class is abstract and has no table, while a
 * single column's unique, a property of the column, is in every table that has the column (measured
 * on H2, PostgreSQL and MariaDB, under a concrete parent and under an abstract root).
 */
final class PerClassUniqueKeys {

  private PerClassUniqueKeys() {}

  /** {@code table}, the table of {@code type}, without the inherited keys Hibernate leaves out. */
  static TableDefinition of(TypeElement type, TableDefinition table, List<MappedColumn> columns) {
    TypeElement parent = Hierarchies.parent(type).orElse(null);
    if (parent == null) {
      return table;
    }
    Set<List<String>> inherited =
        ReferenceGroups.of(columns).stream()
            .filter(group -> group.size() > 1 && inParentTable(group.get(0), parent))
            .filter(group -> JpaAnnotations.has(group.get(0).field(), "OneToOne"))
            .map(ReferenceGroups::uniqueOrder)
            .collect(Collectors.toSet());
    List<IndexDefinition> kept =
        table.indexes().stream()
            .filter(index -> !(index.unique() && inherited.contains(index.columns())))
            .toList();
    return kept.size() == table.indexes().size() ? table : table.toBuilder().indexes(kept).build();
  }

  /** Whether {@code column}'s field is declared by {@code parent} or a class it extends. */
  private static boolean inParentTable(MappedColumn column, TypeElement parent) {
    for (TypeElement each = parent; each != null; each = Hierarchies.superclass(each)) {
      if (column.field().getEnclosingElement().equals(each)) {
        return true;
      }
    }
    return false;
  }
}
