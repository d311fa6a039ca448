package dev.strata.processor.jpa;

import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The columns of an entity grouped as Hibernate constrains them: the join columns of one
 * association together, since they form one foreign key (and, for a {@code @OneToOne}, one unique
 * constraint), every other column alone.
 */
final class ReferenceGroups {

  private ReferenceGroups() {}

  static List<List<MappedColumn>> of(List<MappedColumn> columns) {
    List<List<MappedColumn>> groups = new ArrayList<>();
    List<MappedColumn> current = new ArrayList<>();
    for (MappedColumn column : columns) {
      if (!current.isEmpty() && !sameAssociation(current, column)) {
        groups.add(List.copyOf(current));
        current.clear();
      }
      current.add(column);
    }
    if (!current.isEmpty()) {
      groups.add(List.copyOf(current));
    }
    return groups;
  }

  /**
   * Whether {@code column} continues the join columns of {@code group}: the same field (an
   * embeddable's field appears once per use, hence the check on the target's columns, or on the
   * embeddings where there is no target, as well).
   */
  private static boolean sameAssociation(List<MappedColumn> group, MappedColumn column) {
    MappedColumn first = group.get(0);
    if (column.references().isEmpty() && first.references().isEmpty()) {
      // a to-one without a foreign key, to a TABLE_PER_CLASS entity whose rows spread over several
      // tables: its join columns are still one association, one unique constraint of a @OneToOne
      return column.field() == first.field()
          && (JpaAnnotations.has(column.field(), "OneToOne")
              || JpaAnnotations.has(column.field(), "ManyToOne"))
          && column.embeddings().equals(first.embeddings())
          && group.stream().noneMatch(c -> c.name().equals(column.name()));
    }
    return column.references().isPresent()
        && first.references().isPresent()
        && column.field() == first.field()
        && column.references().get().table().equals(first.references().get().table())
        && group.stream()
            .noneMatch(
                c -> c.references().get().column().equals(column.references().get().column()));
  }

  /** One foreign key from the group's columns to the columns they refer to, in their order. */
  static ForeignKeyDefinition foreignKey(String table, List<MappedColumn> group) {
    List<String> names = group.stream().map(MappedColumn::name).toList();
    return new ForeignKeyDefinition(
        TableMapper.constraintName(table, String.join("_", names), "fkey"),
        names,
        group.get(0).references().get().table(),
        group.stream().map(c -> c.references().get().column()).toList());
  }

  /**
   * The columns of a {@code @OneToOne}'s unique constraint, in the order Hibernate lists them: by
   * the name of the key column each refers to.
   */
  static List<String> uniqueOrder(List<MappedColumn> group) {
    if (group.get(0).references().isEmpty()) {
      // join columns without a foreign key come ordered so (ToOneColumns): no target to sort by
      return group.stream().map(MappedColumn::name).toList();
    }
    return group.stream()
        .sorted(
            Comparator.comparing(
                    (MappedColumn c) ->
                        c.references().map(MappedColumn.Reference::column).orElse(""))
                .thenComparing(MappedColumn::name))
        .map(MappedColumn::name)
        .toList();
  }

  /**
   * The unique constraints of {@code mapped}'s columns in {@code table}: of each column or
   * association declared unique ({@code @Column(unique = true)}, a {@code @OneToOne}), but the
   * key's, which is unique already.
   */
  static List<IndexDefinition> uniqueConstraints(String table, List<MappedColumn> mapped) {
    List<IndexDefinition> unique = new ArrayList<>();
    for (List<MappedColumn> group : of(mapped)) {
      if (TableMapper.isUnique(group.get(0)) && !group.get(0).id()) {
        List<String> names = uniqueOrder(group);
        unique.add(
            new IndexDefinition(
                TableMapper.constraintName(table, String.join("_", names), "key"), names, true));
      }
    }
    return unique;
  }

  /**
   * The foreign keys of {@code mapped}'s associations in {@code table}, but those Hibernate leaves
   * without one ({@link NotFoundAssociations}).
   */
  static List<ForeignKeyDefinition> foreignKeys(String table, List<MappedColumn> mapped) {
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    for (List<MappedColumn> group : of(mapped)) {
      if (group.get(0).references().isPresent()
          && DeclaredForeignKeys.constrained(group.get(0).field())) {
        Element field = group.get(0).field();
        foreignKeys.add(
            DeclaredForeignKeys.named(field, foreignKey(table, group))
                .onDelete(DeleteRules.toOne(field)));
      }
    }
    return foreignKeys;
  }
}
