package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The join table of a {@code @ManyToMany}, or of a {@code @OneToMany} without a join column, as
 * Hibernate builds it: named by {@code @JoinTable} or by the naming strategy; a not-null column for
 * each side, named by the join columns or as JPA says (the inverse attribute or the owning entity,
 * then the attribute, each with the key they refer to); a foreign key from each; a primary key of
 * both for a {@code Set} and none for a {@code List} or {@code Collection} (a bag); and for a
 * one-to-many, a unique constraint on the other side's column.
 */
final class JoinTables {

  /** A join table and the entity whose association declares it. */
  record Declared(TypeElement owner, TableDefinition table) {}

  private final FieldMapper mapper;

  JoinTables(FieldMapper mapper) {
    this.mapper = mapper;
  }

  Optional<Declared> table(
      TypeElement ownerType,
      VariableElement field,
      TableDefinition owner,
      TypeElement targetType,
      TableDefinition target,
      MappingReport report) {
    Optional<ColumnDefinition> ownerKey = AssociationMapper.singleKey(owner);
    Optional<ColumnDefinition> targetKey = AssociationMapper.singleKey(target);
    if (!supported(field, ownerKey.isPresent() && targetKey.isPresent(), report)) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> joinTable = JpaAnnotations.find(field, "JoinTable");
    String name = tableName(joinTable, owner, target, field);
    String ownerColumn =
        joinColumnName(
            joinTable, "joinColumns", ownerSide(ownerType, field, targetType), ownerKey.get());
    String targetColumn =
        joinColumnName(
            joinTable, "inverseJoinColumns", field.getSimpleName().toString(), targetKey.get());
    List<ColumnDefinition> columns = new ArrayList<>();
    columns.add(new ColumnDefinition(ownerColumn, ownerKey.get().type(), false));
    columns.add(new ColumnDefinition(targetColumn, targetKey.get().type(), false));
    boolean set = JpaTypes.name(field.asType()).endsWith("Set");
    List<ColumnDefinition> key = set ? List.copyOf(columns) : List.of();
    Optional<ColumnDefinition> order = orderColumn(field, mapper.naming());
    if (order.isPresent()) {
      columns.add(order.get());
      key = List.of(columns.get(0), order.get());
    }
    List<IndexDefinition> unique =
        JpaAnnotations.has(field, "OneToMany")
            ? List.of(
                new IndexDefinition(
                    TableMapper.constraintName(name, targetColumn, "key"),
                    List.of(targetColumn),
                    true))
            : List.of();
    return declared(
        ownerType,
        name,
        columns,
        KeyOrder.of(key),
        unique,
        List.of(
            foreignKey(name, ownerColumn, owner, ownerKey.get()),
            foreignKey(name, targetColumn, target, targetKey.get())));
  }

  /** A table that the association of {@code ownerType} declares. */
  static Optional<Declared> declared(
      TypeElement ownerType,
      String name,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys) {
    String declaredBy = ownerType.getQualifiedName().toString();
    return Optional.of(
        new Declared(
            ownerType,
            new TableDefinition(
                name, declaredBy, columns, primaryKey, indexes, foreignKeys, Optional.empty())));
  }

  /** Single-column keys on both sides, and a {@code Set}, {@code List} or {@code Collection}. */
  private static boolean supported(
      VariableElement field, boolean singleKeys, MappingReport report) {
    String collection = JpaTypes.name(field.asType());
    if (!singleKeys) {
      report.unsupported(JpaMessages.unsupported("an association of a composite key"), field, null);
      return false;
    }
    if (!collection.endsWith("Set")
        && !collection.equals("java.util.List")
        && !collection.equals("java.util.Collection")) {
      report.unsupported(
          JpaMessages.unsupported("a collection of type " + collection), field, null);
      return false;
    }
    return true;
  }

  private String tableName(
      Optional<AnnotationMirror> joinTable,
      TableDefinition owner,
      TableDefinition target,
      VariableElement field) {
    return joinTable
        .map(t -> AnnotationMirrors.string(t, "name", ""))
        .filter(given -> !given.isEmpty())
        .orElseGet(
            () ->
                mapper
                    .naming()
                    .joinTable(owner.name(), target.name(), field.getSimpleName().toString()));
  }

  /** The not-null {@code @OrderColumn} of a list: named, else {@code <attribute>_ORDER}. */
  static Optional<ColumnDefinition> orderColumn(VariableElement field, JpaNaming naming) {
    return JpaAnnotations.find(field, "OrderColumn")
        .map(
            order -> {
              String given = AnnotationMirrors.string(order, "name", "");
              return new ColumnDefinition(
                  given.isEmpty() ? naming.physical(field.getSimpleName() + "_ORDER") : given,
                  "INTEGER",
                  false);
            });
  }

  /**
   * What JPA names the owning side's column after: the attribute of the other entity that maps this
   * association back ({@code mappedBy}), else the owning entity's name.
   */
  private static String ownerSide(
      TypeElement ownerType, VariableElement field, TypeElement target) {
    for (VariableElement inverse : AssociationMapper.collectionFields(target)) {
      if (AssociationMapper.mappedBy(inverse).contentEquals(field.getSimpleName())) {
        return inverse.getSimpleName().toString();
      }
    }
    return CollectionTables.entityName(ownerType);
  }

  private String joinColumnName(
      Optional<AnnotationMirror> joinTable,
      String attribute,
      String implicitPrefix,
      ColumnDefinition key) {
    return joinTable
        .flatMap(t -> AnnotationMirrors.annotations(t, attribute).stream().findFirst())
        .map(c -> AnnotationMirrors.string(c, "name", ""))
        .filter(given -> !given.isEmpty())
        .orElseGet(() -> mapper.naming().physical(implicitPrefix + "_" + key.name()));
  }

  static ForeignKeyDefinition foreignKey(
      String table, String column, TableDefinition target, ColumnDefinition key) {
    return new ForeignKeyDefinition(
        TableMapper.constraintName(table, column, "fkey"),
        List.of(column),
        target.name(),
        List.of(key.name()));
  }
}
