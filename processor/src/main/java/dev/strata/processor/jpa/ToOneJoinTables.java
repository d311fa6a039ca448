package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The join table of a {@code @ManyToOne} or {@code @OneToOne} mapped through a {@code @JoinTable},
 * as Hibernate 7 exports it (measured on H2, PostgreSQL and MariaDB, both namings): named by
 * {@code @JoinTable(name)}, else as a collection's join table; keyed by a NOT NULL column referring
 * to the owner's key, named by {@code joinColumns}, else as that key column ({@code id}); a column
 * referring to the target's key, named by {@code inverseJoinColumns}, else {@code <attribute>_<key
 * column>}, NOT NULL only for {@code optional = false}, and unique for a {@code OneToOne}; a
 * foreign key from each. The owner's table has no column for the association.
 */
final class ToOneJoinTables {

  private final FieldMapper mapper;

  ToOneJoinTables(FieldMapper mapper) {
    this.mapper = mapper;
  }

  /** Whether {@code field} is a to-one mapped through a join table. */
  static boolean throughJoinTable(Element field) {
    return JpaAnnotations.has(field, "ManyToOne", "OneToOne")
        && JpaAnnotations.has(field, "JoinTable");
  }

  /** The join tables of the to-one fields of {@code entity} and its mapped superclasses. */
  List<JoinTables.Declared> tables(
      TypeElement entity, Function<TypeElement, TableDefinition> tableOf, MappingReport report) {
    List<JoinTables.Declared> tables = new ArrayList<>();
    for (VariableElement field :
        AssociationMapper.persistentFields(entity, ToOneJoinTables::throughJoinTable)) {
      if (UnsupportedMappings.fieldSupported(field, report)) {
        table(entity, field, tableOf, report).ifPresent(tables::add);
      }
    }
    return tables;
  }

  private Optional<JoinTables.Declared> table(
      TypeElement entity,
      VariableElement field,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    AnnotationMirror joinTable = JpaAnnotations.find(field, "JoinTable").orElseThrow();
    Optional<TypeElement> targetType = AssociationMapper.toOneTarget(field);
    if (targetType.isEmpty() || !JpaAnnotations.isEntity(targetType.get())) {
      report.unsupported(JpaMessages.unmappedFieldType(field), field, null);
      return Optional.empty();
    }
    if (mapper.hierarchies().inHierarchy(entity)
        || mapper.hierarchies().inHierarchy(targetType.get())) {
      report.unsupported(AssociationMessages.toOneJoinTableInHierarchy(), field, joinTable);
      return Optional.empty();
    }
    TableDefinition owner = tableOf.apply(entity);
    TableDefinition target = tableOf.apply(targetType.get());
    if (AssociationMapper.singleKey(owner).isEmpty()
        || AssociationMapper.singleKey(target).isEmpty()) {
      report.unsupported(AssociationMessages.toOneJoinTableOfCompositeKey(), field, joinTable);
      return Optional.empty();
    }
    return Optional.of(table(entity, field, joinTable, owner, target));
  }

  /** The join table between two tables with single-column keys. */
  private JoinTables.Declared table(
      TypeElement entity,
      VariableElement field,
      AnnotationMirror joinTable,
      TableDefinition owner,
      TableDefinition target) {
    String name =
        mapper
            .naming()
            .physical(
                AnnotationMirrors.string(joinTable, "name", ""),
                mapper.naming().joinTable(owner.name(), target.name(), field.getSimpleName() + ""));
    ColumnDefinition ownerKey = AssociationMapper.singleKey(owner).orElseThrow();
    ColumnDefinition targetKey = AssociationMapper.singleKey(target).orElseThrow();
    ColumnDefinition ownerColumn =
        new ColumnDefinition(
            columnName(joinTable, "joinColumns", ownerKey.name()), ownerKey.type(), false);
    ColumnDefinition targetColumn =
        new ColumnDefinition(
            columnName(
                joinTable, "inverseJoinColumns", field.getSimpleName() + "_" + targetKey.name()),
            targetKey.type(),
            optional(field));
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    DeclaredForeignKeys.as(
            DeclaredForeignKeys.declaredIn(Optional.of(joinTable), "foreignKey", "joinColumns"),
            foreignKey(name, ownerColumn, owner, ownerKey))
        .ifPresent(foreignKeys::add);
    DeclaredForeignKeys.as(
            DeclaredForeignKeys.declaredIn(
                Optional.of(joinTable), "inverseForeignKey", "inverseJoinColumns"),
            foreignKey(name, targetColumn, target, targetKey))
        .ifPresent(foreignKeys::add);
    List<String> key = List.of(ownerColumn.name());
    TableDefinition table =
        TableDefinition.builder(name, entity.getQualifiedName().toString())
            .columns(List.of(ownerColumn, targetColumn))
            .primaryKey(key)
            .indexes(indexes(field, joinTable, name, key, targetColumn))
            .foreignKeys(foreignKeys)
            .comment(Comments.declared(Optional.of(joinTable)))
            .build();
    return new JoinTables.Declared(entity, table, field);
  }

  /** The join table's declared indexes, and a one-to-one's unique constraint on the target. */
  private List<IndexDefinition> indexes(
      VariableElement field,
      AnnotationMirror joinTable,
      String name,
      List<String> key,
      ColumnDefinition target) {
    List<IndexDefinition> declared =
        TableMapper.declaredIndexes(Optional.of(joinTable), name, mapper.naming());
    List<IndexDefinition> indexes = new ArrayList<>(declared);
    if (JpaAnnotations.has(field, "OneToOne")) {
      indexes.add(
          new IndexDefinition(
              TableMapper.constraintName(name, target.name(), "key"),
              List.of(target.name()),
              true));
    }
    return UniqueIndexes.distinct(indexes, declared, key);
  }

  /** Whether the association may be empty, so its column in the join table NULL. */
  private static boolean optional(VariableElement field) {
    return JpaAnnotations.find(field, "ManyToOne")
        .or(() -> JpaAnnotations.find(field, "OneToOne"))
        .map(c -> AnnotationMirrors.bool(c, "optional", true))
        .orElse(true);
  }

  /** The one join column {@code attribute} lists names the column, else {@code implicit}. */
  private String columnName(AnnotationMirror joinTable, String attribute, String implicit) {
    List<AnnotationMirror> joins = AnnotationMirrors.annotations(joinTable, attribute);
    String given = joins.size() == 1 ? AnnotationMirrors.string(joins.get(0), "name", "") : "";
    return mapper.naming().physical(given, implicit);
  }

  private static ForeignKeyDefinition foreignKey(
      String table, ColumnDefinition column, TableDefinition referenced, ColumnDefinition key) {
    return new ForeignKeyDefinition(
        TableMapper.constraintName(table, column.name(), "fkey"),
        List.of(column.name()),
        referenced.name(),
        List.of(key.name()));
  }
}
