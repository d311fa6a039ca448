package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The foreign key columns of a {@code @ManyToOne} or {@code @OneToOne}, as Hibernate exports them:
 * one per column of the target's primary key ({@code <attribute>_<key column>} unless a
 * {@code @JoinColumn} of {@code @JoinColumns} names it), each of the type of the column it refers
 * to, listed in the order of the target's key so that they form one foreign key. A reference to a
 * unique column that is not the key is refused: Hibernate refers to it with a foreign key, which H2
 * accepts only to a unique constraint, and Strata creates unique columns as unique indexes. A
 * target in an entity hierarchy is referred to where Hibernate puts the foreign key: the single
 * table, a joined subclass's own table and key column, and nowhere for a table-per-class entity
 * whose rows span several tables. A {@code @JoinColumn(table)} puts the column in that secondary
 * table of the entity.
 */
final class ToOneColumns {

  private final FieldMapper mapper;
  private final BeanValidation validation;

  ToOneColumns(FieldMapper mapper, BeanValidation validation) {
    this.mapper = mapper;
    this.validation = validation;
  }

  /**
   * The columns, or none when the field cannot be mapped (reported to {@code report}); a
   * {@code @OneToOne} over its entity's key reads that key's column ({@link SharedKeys}).
   */
  List<MappedColumn> columns(VariableElement field, TypeElement target, MappingReport report) {
    return SharedKeys.shares(field)
        ? new SharedKeys(mapper, this).columns(field, target, report)
        : referringColumns(field, target, report);
  }

  /** The join columns of {@code field}, or none when it cannot be mapped (reported). */
  List<MappedColumn> referringColumns(
      VariableElement field, TypeElement target, MappingReport report) {
    List<MappedColumn> targetColumns = mapper.keyColumns(target, report);
    List<MappedColumn> key = keyInOrder(targetColumns);
    if (key.isEmpty()) {
      Optional<AnnotationMirror> toOne =
          JpaAnnotations.find(field, "ManyToOne").or(() -> JpaAnnotations.find(field, "OneToOne"));
      if (TypeMessages.collection(field.asType()) && toOne.isPresent()) {
        report.unsupported(TypeMessages.toOneOfCollection(field, toOne.get()), field, toOne.get());
      } else {
        report.unsupported(JpaMessages.unmappedFieldType(field), field, null);
      }
      return List.of();
    }
    List<AnnotationMirror> joins = joinColumns(field);
    Optional<List<Referring>> referring =
        referring(field, target, joins, key, targetColumns, report);
    if (referring.isEmpty()) {
      return List.of();
    }
    boolean id = JpaAnnotations.has(field, "Id");
    boolean optional = optional(field);
    boolean single = referring.get().size() == 1;
    Optional<String> table = mapper.hierarchies().referencedTable(target, mapper::tableName);
    List<MappedColumn> columns = new ArrayList<>();
    for (Referring column : inOrder(referring.get(), table.isEmpty())) {
      // a joined subclass is referred to by its own key column
      String targetColumn =
          single ? Hierarchies.keyColumn(target, column.target().name()) : column.target().name();
      boolean nullable =
          !id
              && optional
              && !validation.shape(field).notNull()
              && column.join().map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
      String name =
          column
              .join()
              .map(c -> AnnotationMirrors.string(c, "name", ""))
              .filter(given -> !given.isEmpty())
              .map(mapper.naming()::physical)
              .orElseGet(
                  () -> mapper.naming().physical(field.getSimpleName() + "_" + targetColumn));
      columns.add(
          new MappedColumn(
              field,
              name,
              BasicTypes.referring(column.join(), column.target().sqlType()),
              column.target().category(),
              nullable,
              id,
              false,
              renamedFrom(field, single, column, targetColumn),
              table.map(referenced -> new MappedColumn.Reference(referenced, targetColumn)),
              // a @SecondaryTable of the entity, as Hibernate puts it there
              column
                  .join()
                  .map(c -> AnnotationMirrors.string(c, "table", ""))
                  .filter(given -> !given.isEmpty())));
    }
    return columns;
  }

  /**
   * The name a join column had: the one a single column's field names with {@code @RenamedFrom}
   * (the column's, or the association's, which {@link FormerNames} resolves), else, for an
   * implicitly named one, {@code <field>_<key column>} with the field's former name
   * ({@code @RenamedFrom} on a to-one of several columns names the association it was) and the key
   * column's former name where the target's key column was renamed ({@code @RenamedFrom} on its
   * {@code @Id}, or on an {@code EmbeddedId} whose pattern is its name), so that the column keeps
   * its rows.
   */
  private Optional<String> renamedFrom(
      VariableElement field, boolean single, Referring column, String targetColumn) {
    Optional<String> declared = FormerNames.renamedFrom(field);
    if (single && declared.isPresent()) {
      return declared;
    }
    boolean implicit =
        column.join().map(c -> AnnotationMirrors.string(c, "name", "")).orElse("").isEmpty();
    Optional<String> formerKey =
        column.target().renamedFrom().filter(former -> targetColumn.equals(column.target().name()));
    if (!implicit || (declared.isEmpty() && formerKey.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        mapper
            .naming()
            .physical(
                declared.orElse(field.getSimpleName().toString())
                    + "_"
                    + formerKey.orElse(targetColumn)));
  }

  /**
   * The join columns in the target's key order; without a foreign key (to a table-per-class entity
   * whose rows spread over several tables) by the name of the key column each stands for, the order
   * of the unique constraint Hibernate gives a {@code @OneToOne}'s columns, which a foreign key's
   * target orders otherwise ({@link ReferenceGroups#uniqueOrder}).
   */
  private static List<Referring> inOrder(List<Referring> referring, boolean unconstrained) {
    if (!unconstrained) {
      return referring;
    }
    return referring.stream()
        .sorted(Comparator.comparing((Referring r) -> r.target().name()))
        .toList();
  }

  /** A column of the target, and the {@code @JoinColumn} that names the column referring to it. */
  private record Referring(MappedColumn target, Optional<AnnotationMirror> join) {}

  private Optional<List<Referring>> referring(
      VariableElement field,
      TypeElement targetType,
      List<AnnotationMirror> joins,
      List<MappedColumn> key,
      List<MappedColumn> targetColumns,
      MappingReport report) {
    if (joins.isEmpty()) {
      return Optional.of(key.stream().map(c -> new Referring(c, Optional.empty())).toList());
    }
    boolean named = joins.stream().allMatch(j -> !referenced(j).isEmpty());
    if (!named) {
      if (joins.size() == key.size() && key.size() == 1) {
        return Optional.of(List.of(new Referring(key.get(0), Optional.of(joins.get(0)))));
      }
      report.unsupported(
          AssociationMessages.unnamedReferencedColumns(field), field, declared(field));
      return Optional.empty();
    }
    List<Referring> referring = new ArrayList<>();
    for (AnnotationMirror join : joins) {
      Optional<MappedColumn> target =
          targetColumns.stream()
              .filter(c -> c.name().equalsIgnoreCase(mapper.naming().physical(referenced(join))))
              .findFirst();
      if (target.isEmpty()) {
        report.unsupported(
            uniqueColumn(targetType, referenced(join))
                ? AssociationMessages.referencedUniqueColumn(field, referenced(join), targetType)
                : AssociationMessages.unknownReferencedColumn(field, referenced(join)),
            field,
            declared(field));
        return Optional.empty();
      }
      referring.add(new Referring(target.get(), Optional.of(join)));
    }
    boolean wholeKey =
        referring.stream().map(Referring::target).distinct().count() == key.size()
            && referring.size() == key.size()
            && referring.stream().allMatch(r -> r.target().id());
    if (wholeKey) {
      // in the key's order, which is the order of the foreign key Hibernate exports
      return Optional.of(
          key.stream()
              .map(k -> referring.stream().filter(r -> r.target() == k).findFirst().orElseThrow())
              .toList());
    }
    report.unsupported(AssociationMessages.referencedColumnsNotKey(field), field, declared(field));
    return Optional.empty();
  }

  /** Whether {@code column} is a {@code @Column(unique = true)} field's of {@code target}. */
  private static boolean uniqueColumn(TypeElement target, String column) {
    return JpaAnnotations.find(MappedFields.of(target, column), "Column")
        .map(c -> AnnotationMirrors.bool(c, "unique", false))
        .orElse(false);
  }

  /** The annotation on the field that declares the join columns, where diagnostics point. */
  private static AnnotationMirror declared(VariableElement field) {
    return JpaAnnotations.find(field, "JoinColumns")
        .or(() -> JpaAnnotations.find(field, "JoinColumn"))
        .orElse(null);
  }

  private static String referenced(AnnotationMirror join) {
    return AnnotationMirrors.string(join, "referencedColumnName", "");
  }

  /** Whether the to-one {@code field} may be empty ({@code optional}, by default). */
  static boolean optional(VariableElement field) {
    return JpaAnnotations.find(field, "ManyToOne")
        .or(() -> JpaAnnotations.find(field, "OneToOne"))
        .map(c -> AnnotationMirrors.bool(c, "optional", true))
        .orElse(true);
  }

  /** {@code @JoinColumns}' columns, or the one {@code @JoinColumn}, or none. */
  static List<AnnotationMirror> joinColumns(VariableElement field) {
    Optional<AnnotationMirror> several = JpaAnnotations.find(field, "JoinColumns");
    if (several.isPresent()) {
      return AnnotationMirrors.annotations(several.get(), "value");
    }
    return JpaAnnotations.find(field, "JoinColumn").map(List::of).orElse(List.of());
  }

  /** The target's key columns in the order Hibernate gives its primary key. */
  static List<MappedColumn> keyInOrder(List<MappedColumn> columns) {
    List<MappedColumn> key = columns.stream().filter(MappedColumn::id).toList();
    List<String> order =
        KeyOrder.of(
            key.stream()
                .map(c -> new ColumnDefinition(c.name(), c.sqlType(), c.nullable()))
                .toList());
    return order.stream()
        .map(
            name ->
                key.stream()
                    .filter(
                        c ->
                            c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow())
        .toList();
  }
}
