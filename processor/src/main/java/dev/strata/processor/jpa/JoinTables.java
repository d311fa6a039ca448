package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
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

  /**
   * A join table and the entity whose association declares it.
   *
   * @param declaring the field that declares the table, where a message about it belongs
   */
  record Declared(TypeElement owner, TableDefinition table, Element declaring) {}

  private final FieldMapper mapper;

  JoinTables(FieldMapper mapper) {
    this.mapper = mapper;
  }

  Optional<Declared> table(
      TypeElement ownerType,
      CollectionAttribute attribute,
      TableDefinition owner,
      TypeElement targetType,
      TableDefinition target,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    VariableElement field = attribute.field();
    Optional<AnnotationMirror> joinTable = attribute.joinTable();
    String ownerSide = ownerSide(ownerType, attribute, targetType);
    Optional<KeyColumns> ownerColumns =
        KeyColumns.of(owner, joins(joinTable, "joinColumns"), ownerSide, mapper.naming());
    Optional<KeyColumns> targetColumns =
        KeyColumns.of(
            target,
            joins(joinTable, "inverseJoinColumns"),
            field.getSimpleName().toString(),
            mapper.naming());
    if (!supported(field, ownerColumns.isPresent() && targetColumns.isPresent(), report)) {
      return Optional.empty();
    }
    String name = tableName(joinTable, owner.name(), target.name(), field.getSimpleName());
    List<ColumnDefinition> ownerKey =
        ownerKey(ownerType, ownerSide, owner, joinTable, ownerColumns.get());
    List<ColumnDefinition> columns = new ArrayList<>(ownerKey);
    columns.addAll(targetColumns.get().followedAsInverse(field, joinTable, mapper.naming()));
    boolean set = JpaTypes.name(field.asType()).endsWith("Set");
    List<ColumnDefinition> key =
        set ? targetColumns.get().sized(ownerColumns.get().sized(columns)) : List.of();
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    if (!mapper.hierarchies().spreadOverTables(ownerType)) {
      DeclaredForeignKeys.as(
              DeclaredForeignKeys.declaredIn(joinTable, "foreignKey", "joinColumns"),
              ownerColumns.get().foreignKey(name).onDelete(DeleteRules.of(field)))
          .ifPresent(foreignKeys::add);
    }
    if (!mapper.hierarchies().spreadOverTables(targetType)
        && NotFoundAssociations.constrained(field)) {
      DeclaredForeignKeys.as(
              DeclaredForeignKeys.declaredIn(joinTable, "inverseForeignKey", "inverseJoinColumns"),
              targetColumns
                  .get()
                  .foreignKey(name)
                  .onDelete(DeleteRules.inverse(field, Optional.of(targetType))))
          .ifPresent(foreignKeys::add);
    }
    List<CheckDefinition> keyChecks = List.of();
    List<IndexDefinition> keyUnique = List.of();
    if (MapKeys.isMap(field)) {
      Optional<MapKeys.Key> mapKey = new MapKeys(mapper).key(attribute, name, tableOf, report);
      if (mapKey.isEmpty()) {
        return Optional.empty();
      }
      columns.addAll(mapKey.get().columns());
      mapKey.get().foreignKey().ifPresent(foreignKeys::add);
      keyChecks = mapKey.get().checks();
      keyUnique = mapKey.get().unique();
      // keyed by an attribute of the target (@MapKey), the pair is the key; else owner and key
      key = new ArrayList<>(ownerColumns.get().sized(ownerKey));
      key.addAll(
          mapKey.get().columns().isEmpty()
              ? targetColumns.get().sized(targetColumns.get().columns())
              : mapKey.get().sized());
    }
    Optional<ColumnDefinition> order = orderColumn(attribute, mapper.naming());
    if (order.isPresent()) {
      columns.add(order.get());
      key = new ArrayList<>(ownerColumns.get().sized(ownerKey));
      key.add(sizedOrder(order.get()));
    }
    List<IndexDefinition> declaredIndexes =
        TableMapper.declaredIndexes(joinTable, name, mapper.naming());
    List<IndexDefinition> unique = new ArrayList<>(keyUnique);
    unique.addAll(declaredIndexes);
    if (JpaAnnotations.has(field, "OneToMany")) {
      unique.add(
          new IndexDefinition(
              TableMapper.constraintName(
                  name, String.join("_", targetColumns.get().names()), "key"),
              targetColumns.get().uniqueOrder(),
              true));
    }
    // no check on an @OrderColumn, as Hibernate 7.2 exports it (7.4 adds position >= 0)
    List<CheckDefinition> checks = keyChecks;
    if (!KeyOrder.sameOnEveryDatabase(key)) {
      report.unsupported(JpaMessages.keyOrderDiffers(name), field, null);
      return Optional.empty();
    }
    Optional<String> renamedFrom = previousName(joinTable, owner, target, field, name);
    List<String> primaryKey = UniqueIndexes.keyOrder(unique, KeyOrder.of(key));
    return declared(
            ownerType,
            field,
            name,
            columns,
            primaryKey,
            UniqueIndexes.distinct(unique, declaredIndexes, primaryKey),
            foreignKeys)
        .map(
            declared ->
                new Declared(
                    declared.owner(),
                    declared.table().toBuilder()
                        .renamedFrom(renamedFrom)
                        .comment(Comments.declared(joinTable))
                        .build()
                        .withChecks(checks),
                    declared.declaring()));
  }

  /**
   * The implicit name the join table had while a table it is named after had the name that table
   * declares {@code @RenamedFrom}, or while the attribute Spring Boot's naming names it after had
   * the name its field declares: the join table is renamed with it, keeping its rows, since its
   * name was never the user's to give.
   */
  private Optional<String> previousName(
      Optional<AnnotationMirror> joinTable,
      TableDefinition owner,
      TableDefinition target,
      VariableElement field,
      String name) {
    Optional<String> previousProperty = CollectionRenames.previousAttribute(field);
    if (owner.renamedFrom().isEmpty()
        && target.renamedFrom().isEmpty()
        && previousProperty.isEmpty()) {
      return Optional.empty();
    }
    String previous =
        tableName(
            joinTable,
            owner.renamedFrom().orElse(owner.name()),
            target.renamedFrom().orElse(target.name()),
            previousProperty.orElse(field.getSimpleName().toString()));
    return previous.equals(name) ? Optional.empty() : Optional.of(previous);
  }

  /**
   * The columns referring to the owner, each declaring the name it had before when it is named
   * after an entity renamed with its table ({@code Vet_id}) or after a renamed key column, so that
   * it keeps its rows too.
   */
  private List<ColumnDefinition> ownerKey(
      TypeElement ownerType,
      String ownerSide,
      TableDefinition owner,
      Optional<AnnotationMirror> joinTable,
      KeyColumns now) {
    boolean namedAfterEntity = ownerSide.equals(CollectionTables.entityName(ownerType));
    String previous =
        EntityRenames.previousEntity(ownerType, owner)
            .filter(entity -> namedAfterEntity)
            .orElse(ownerSide);
    return now.followed(joins(joinTable, "joinColumns"), previous, mapper.naming());
  }

  /** A table that the association {@code field} of {@code ownerType} declares. */
  static Optional<Declared> declared(
      TypeElement ownerType,
      Element field,
      String name,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys) {
    String declaredBy = ownerType.getQualifiedName().toString();
    return Optional.of(
        new Declared(
            ownerType,
            TableDefinition.builder(name, declaredBy)
                .columns(columns)
                .primaryKey(primaryKey)
                .indexes(indexes)
                .foreignKeys(foreignKeys)
                .build(),
            field));
  }

  /** Keys on both sides, and a {@code Set}, {@code List} or {@code Collection}. */
  private static boolean supported(VariableElement field, boolean keys, MappingReport report) {
    String collection = JpaTypes.name(field.asType());
    if (!keys) {
      report.unsupported(JpaMessages.unmappedFieldType(field), field, null);
      return false;
    }
    if (!collection.endsWith("Set")
        && !MapKeys.isMap(field)
        && !collection.equals("java.util.List")
        && !collection.equals("java.util.Collection")) {
      report.unsupported(
          JpaMessages.unsupported("a collection of type " + collection), field, null);
      return false;
    }
    return true;
  }

  private String tableName(
      Optional<AnnotationMirror> joinTable, String owner, String target, CharSequence attribute) {
    return joinTable
        .map(t -> AnnotationMirrors.string(t, "name", ""))
        .filter(given -> !given.isEmpty())
        .map(mapper.naming()::physical)
        .orElseGet(() -> mapper.naming().joinTable(owner, target, attribute.toString()));
  }

  /**
   * The not-null {@code @OrderColumn} of a list: named, else {@code <attribute>_ORDER}, inside the
   * patterns of the embeddings on its path.
   */
  static Optional<ColumnDefinition> orderColumn(CollectionAttribute attribute, JpaNaming naming) {
    VariableElement field = attribute.field();
    return JpaAnnotations.find(field, "OrderColumn")
        .map(
            order -> {
              String given = AnnotationMirrors.string(order, "name", "");
              String definition = BasicTypes.columnDefinition(order);
              UnaryOperator<String> inner = property -> naming.physical(given, property + "_ORDER");
              return CollectionRenames.followedAlong(
                  new ColumnDefinition(
                      EmbeddedColumnNames.collectionColumn(
                          inner.apply(field.getSimpleName().toString()), attribute, naming),
                      definition.isEmpty() ? "INTEGER" : definition,
                      false),
                  attribute,
                  inner,
                  naming);
            });
  }

  /**
   * The order column as Hibernate sizes it to order the primary key: an {@code INTEGER}, whatever
   * {@code columnDefinition} makes it.
   */
  static ColumnDefinition sizedOrder(ColumnDefinition order) {
    return new ColumnDefinition(order.name(), "INTEGER", false);
  }

  /**
   * What JPA names the owning side's column after: the attribute of the other entity that maps this
   * association back ({@code mappedBy}), else the owning entity's name.
   */
  private static String ownerSide(
      TypeElement ownerType, CollectionAttribute attribute, TypeElement target) {
    for (VariableElement inverse : AssociationMapper.collectionFields(target)) {
      // a collection inside an embeddable is mapped by its path (schedule.calls)
      if (AssociationMapper.mappedBy(inverse).equals(attribute.path())) {
        return inverse.getSimpleName().toString();
      }
    }
    return CollectionTables.entityName(ownerType);
  }

  /** The join columns a {@code @JoinTable} attribute lists. */
  private static List<AnnotationMirror> joins(
      Optional<AnnotationMirror> joinTable, String attribute) {
    return joinTable.map(t -> AnnotationMirrors.annotations(t, attribute)).orElse(List.of());
  }
}
