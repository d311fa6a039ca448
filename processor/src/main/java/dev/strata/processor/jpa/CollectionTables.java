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
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The collection table of an {@code @ElementCollection} of basic values or embeddables, as
 * Hibernate builds it: named by {@code @CollectionTable} or after the entity and attribute ({@code
 * Person_nicknames}); a not-null column referring to the owner ({@code Person_id}, or the join
 * column's name) with its foreign key; the value's column, named by {@code @Column} or after the
 * attribute, or the embeddable's columns (remapped by the field's {@code @AttributeOverride}s, with
 * the foreign keys of its associations); an {@code @OrderColumn} ({@code nicknames_ORDER}) and a
 * primary key of it with the owner's column for an ordered list; for a {@code Set}, no key and no
 * unique constraint, as its values may be null (Hibernate 7.2; 7.4 writes a unique constraint).
 */
final class CollectionTables {

  private final FieldMapper mapper;

  CollectionTables(FieldMapper mapper) {
    this.mapper = mapper;
  }

  Optional<JoinTables.Declared> table(
      TypeElement ownerType,
      CollectionAttribute attribute,
      TableDefinition owner,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    VariableElement field = attribute.field();
    // an embedding's @AssociationOverride(joinTable) declares the table, as in Hibernate
    Optional<AnnotationMirror> table =
        attribute.associationOverride().isPresent()
            ? attribute.joinTable()
            : JpaAnnotations.find(field, "CollectionTable");
    String property = field.getSimpleName().toString();
    String entity = entityName(ownerType);
    String name =
        mapper.naming().physical(given(table, "name").orElse(""), entity + "_" + property);
    Optional<KeyColumns> ownerColumns =
        KeyColumns.of(
            owner,
            table.map(t -> AnnotationMirrors.annotations(t, "joinColumns")).orElse(List.of()),
            entity,
            mapper.naming());
    Optional<String> previousEntity = EntityRenames.previousEntity(ownerType, owner);
    Optional<String> previousProperty = CollectionRenames.previousAttribute(field);
    Optional<String> renamedFrom =
        Optional.of(
                mapper
                    .naming()
                    .physical(
                        previousEntity.orElse(entity) + "_" + previousProperty.orElse(property)))
            .filter(previous -> given(table, "name").isEmpty())
            .filter(previous -> !previous.equals(name));
    boolean map = MapKeys.isMap(field);
    Optional<Values> values = valueColumns(attribute, ownerColumns.isPresent(), map, report);
    Optional<MapKeys.Key> mapKey =
        map
            ? new MapKeys(mapper).key(attribute, name, tableOf, report)
            : Optional.of(MapKeys.Key.NONE);
    if (values.isEmpty() || mapKey.isEmpty()) {
      return Optional.empty();
    }
    List<ColumnDefinition> ownerKey =
        ownerColumns
            .get()
            .followed(
                table.map(t -> AnnotationMirrors.annotations(t, "joinColumns")).orElse(List.of()),
                previousEntity.orElse(entity),
                mapper.naming());
    List<ColumnDefinition> columns = new ArrayList<>(ownerKey);
    columns.addAll(values.get().columns());
    columns.addAll(mapKey.get().columns());
    Optional<ColumnDefinition> order = JoinTables.orderColumn(attribute, mapper.naming());
    order.ifPresent(columns::add);
    List<ColumnDefinition> key = new ArrayList<>(ownerColumns.get().sized(ownerKey));
    order.map(JoinTables::sizedOrder).ifPresent(key::add);
    key.addAll(mapKey.get().sized());
    if (!KeyOrder.sameOnEveryDatabase(key)) {
      report.unsupported(JpaMessages.keyOrderDiffers(name), field, null);
      return Optional.empty();
    }
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    if (!mapper.hierarchies().spreadOverTables(ownerType)) {
      DeclaredForeignKeys.as(
              DeclaredForeignKeys.declaredIn(table, "foreignKey", "joinColumns"),
              ownerColumns.get().foreignKey(name).onDelete(DeleteRules.of(field)))
          .ifPresent(foreignKeys::add);
    }
    mapKey.get().foreignKey().ifPresent(foreignKeys::add);
    foreignKeys.addAll(values.get().foreignKeys(name));
    List<IndexDefinition> declaredIndexes =
        TableMapper.declaredIndexes(table, name, mapper.naming());
    // a Set's rows get no unique constraint, as Hibernate 7.2 exports them (7.4 adds one)
    List<IndexDefinition> unique =
        Stream.of(mapKey.get().unique(), values.get().unique(name), declaredIndexes)
            .flatMap(List::stream)
            .toList();
    List<String> primaryKey =
        order.isPresent() || map ? UniqueIndexes.keyOrder(unique, KeyOrder.of(key)) : List.of();
    return JoinTables.declared(
            ownerType,
            field,
            name,
            columns,
            primaryKey,
            UniqueIndexes.distinct(unique, declaredIndexes, primaryKey),
            foreignKeys)
        .map(
            declared ->
                new JoinTables.Declared(
                    declared.owner(),
                    declared.table().toBuilder()
                        .renamedFrom(renamedFrom)
                        .build()
                        .withChecks(
                            Stream.of(
                                    ordinalCheck(field, name, values.get().columns()).stream(),
                                    new EntityChecks(mapper)
                                            .ofCollection(name, values.get().embedded(), report)
                                            .stream(),
                                    mapKey.get().checks().stream())
                                .flatMap(checks -> checks)
                                .toList()),
                    declared.declaring()));
  }

  /**
   * The columns of the values, for a Set or List of basic values or of embeddables of an entity
   * with one key: a basic value's is named by {@code @Column} or after the attribute.
   */
  private Optional<Values> valueColumns(
      CollectionAttribute attribute, boolean ownerKey, boolean map, MappingReport report) {
    VariableElement field = attribute.field();
    String collection = JpaTypes.name(field.asType());
    boolean supported =
        map
            || collection.endsWith("Set")
            || collection.equals("java.util.List")
            || collection.equals("java.util.Collection");
    Optional<TypeMirror> element = map ? MapKeys.typeArgument(field, 1) : elementType(field);
    if (!UnconvertedAttributes.collectionSupported(field, mapper.converters(), report)) {
      return Optional.empty();
    }
    if (element.map(type -> mapper.converters().of(field, type)).orElse(null)
        instanceof AttributeConverters.Conversion.Refused no) {
      report.unsupported(no.message(), field, no.at());
      return Optional.empty();
    }
    Optional<AnnotationMirror> override = AttributeOverrides.first(field);
    if (map) {
      MapOverrides.reportIgnored(field, report);
      ConvertPaths.reportIgnoredOnMap(field, report);
    } else if (override.isPresent() && element.flatMap(CollectionTables::embeddable).isEmpty()) {
      // a basic value's column is its @Column
      report.unsupported(JpaMessages.collectionOverride(), field, override.get());
      return Optional.empty();
    }
    Optional<Values> columns =
        element
            .flatMap(type -> embeddableColumns(field, type, map, report))
            .or(
                () ->
                    element
                        .flatMap(type -> basicColumn(attribute, type, report))
                        .map(Values::basic));
    Optional<String> refusedTemporal =
        element.flatMap(type -> TypeMessages.refusedTemporal(field, type, "Temporal"));
    if (columns.isEmpty() && refusedTemporal.isPresent()) {
      report.unsupported(
          refusedTemporal.get(), field, JpaAnnotations.find(field, "Temporal").orElseThrow());
      return Optional.empty();
    }
    if (!ownerKey || !supported || columns.isEmpty()) {
      report.unsupported(
          JpaMessages.unsupported("an @ElementCollection other than a Set, List or Map of values"),
          field,
          JpaAnnotations.find(field, "ElementCollection").orElse(null));
      return Optional.empty();
    }
    return columns;
  }

  /**
   * The range check Hibernate 7 writes on the column of values that are enums stored by ordinal.
   */
  private static Optional<CheckDefinition> ordinalCheck(
      VariableElement field, String table, List<ColumnDefinition> values) {
    Optional<TypeMirror> element =
        MapKeys.isMap(field) ? MapKeys.typeArgument(field, 1) : elementType(field);
    return element
        .filter(type -> type instanceof DeclaredType)
        .map(type -> (TypeElement) ((DeclaredType) type).asElement())
        .filter(type -> type.getKind() == ElementKind.ENUM)
        .filter(
            type -> values.size() == 1 && values.get(0).type().equals(BasicTypes.ordinalType(type)))
        .map(type -> MapKeys.ordinalCheck(table, values.get(0).name(), type));
  }

  /**
   * The mapping of a basic value: the database type of the converter that applies to it
   * ({@code @Convert} on the collection, or one auto-applied to the value's type), as Hibernate
   * converts the values of a collection, else its own.
   */
  private Optional<JpaTypes.Mapping> valueType(VariableElement field, TypeMirror type) {
    return mapper
        .basicColumns()
        .convertedType(field, type)
        .or(() -> BasicTypes.typeOf(field, type));
  }

  /**
   * The column of basic values, named by its {@code @Column} (the field's, or an embedding's
   * override's) or after the attribute, inside the patterns of the embeddings on its path.
   */
  private Optional<List<ColumnDefinition>> basicColumn(
      CollectionAttribute attribute, TypeMirror type, MappingReport report) {
    VariableElement field = attribute.field();
    Optional<AnnotationMirror> column = attribute.column();
    UnaryOperator<String> inner =
        property -> mapper.naming().physical(given(column, "name").orElse(""), property);
    String name =
        EmbeddedColumnNames.collectionColumn(
            inner.apply(field.getSimpleName().toString()), attribute, mapper.naming());
    return valueType(field, type)
        .map(
            mapping -> {
              String sqlType =
                  BasicTypes.declaredOrSized(
                      field, mapping.sqlType(), column, BeanValidation.Shape.NONE);
              mapper.basicColumns().checkValues(field, mapping.sqlType(), sqlType, column, report);
              return List.of(
                  CollectionRenames.followedAlong(
                      new ColumnDefinition(
                              name,
                              sqlType,
                              column
                                  .map(c -> AnnotationMirrors.bool(c, "nullable", true))
                                  .orElse(true))
                          .withComment(Comments.declared(column)),
                      attribute,
                      inner,
                      mapper.naming()));
            });
  }

  /**
   * An embeddable's columns, as the collection's {@code @AttributeOverride}s remap them; a map's
   * values may all be null, whatever their Java type.
   */
  private Optional<Values> embeddableColumns(
      VariableElement field, TypeMirror type, boolean map, MappingReport report) {
    return embeddable(type)
        .map(embeddable -> mapper.elementColumns(embeddable, type, field, report))
        .map(
            mapped ->
                new Values(
                    mapped.stream()
                        .map(
                            c ->
                                new ColumnDefinition(c.name(), c.sqlType(), c.nullable() || map)
                                    .formerly(c.renamedFrom())
                                    .withDefault(ColumnDefaults.of(c.field())))
                        .toList(),
                    mapped));
  }

  /** Whether a collection holds basic values, not embeddables. */
  static boolean basicValues(VariableElement field) {
    return elementType(field).flatMap(CollectionTables::embeddable).isEmpty();
  }

  private static Optional<TypeElement> embeddable(TypeMirror type) {
    return type instanceof DeclaredType declared
            && JpaAnnotations.has(declared.asElement(), "Embeddable")
        ? Optional.of((TypeElement) declared.asElement())
        : Optional.empty();
  }

  /**
   * The columns of a collection's values, and the embeddable's mapped columns they come from, whose
   * associations have their foreign keys in the collection table.
   */
  private record Values(List<ColumnDefinition> columns, List<MappedColumn> embedded) {

    static Values basic(List<ColumnDefinition> columns) {
      return new Values(columns, List.of());
    }

    /** The unique constraints of the embeddable's {@code @Column(unique = true)} columns. */
    List<IndexDefinition> unique(String table) {
      return ReferenceGroups.uniqueConstraints(table, embedded);
    }

    List<ForeignKeyDefinition> foreignKeys(String table) {
      return ReferenceGroups.foreignKeys(table, embedded);
    }
  }

  static Optional<TypeMirror> elementType(VariableElement field) {
    return field.asType() instanceof DeclaredType declared
            && declared.getTypeArguments().size() == 1
        ? Optional.of(declared.getTypeArguments().get(0))
        : Optional.empty();
  }

  static String entityName(TypeElement type) {
    String entityName = JpaAnnotations.name(type, "Entity");
    return entityName.isEmpty() ? type.getSimpleName().toString() : entityName;
  }

  private static Optional<String> given(Optional<AnnotationMirror> annotation, String attribute) {
    return annotation
        .map(a -> AnnotationMirrors.string(a, attribute, ""))
        .filter(value -> !value.isEmpty());
  }
}
