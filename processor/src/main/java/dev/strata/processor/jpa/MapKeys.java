package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The key of a {@code Map} collection, as Hibernate exports it in the collection or join table:
 * nothing for {@code @MapKey} (the key is an attribute of the target entity); a NOT NULL column for
 * a basic or enum key ({@code @MapKeyColumn}, else {@code <attribute>_KEY}, typed as an
 * auto-applied converter's database side, as {@code @MapKeyEnumerated} says for an enum, or as its
 * {@code columnDefinition}, with a unique constraint of its own for {@code unique}); the columns of
 * an embeddable key, with the checks and unique constraints its fields declare, as for an
 * embeddable value; the columns referring to an entity key, with their foreign key
 * ({@code @MapKeyJoinColumn}, else {@code <attribute>_KEY}; for a composite key one
 * {@code @MapKeyJoinColumns} entry per key column).
 */
final class MapKeys {

  /**
   * The columns a key adds to the table, and the foreign key of an entity key.
   *
   * @param sized the same columns typed as Hibernate sizes them to order the primary key: a {@code
   *     columnDefinition} by the {@code length}, {@code precision} and {@code scale} beside it
   */
  record Key(
      List<ColumnDefinition> columns,
      Optional<ForeignKeyDefinition> foreignKey,
      List<CheckDefinition> checks,
      List<IndexDefinition> unique,
      List<ColumnDefinition> sized) {

    static final Key NONE = new Key(List.of(), Optional.empty(), List.of(), List.of());

    Key {
      columns = List.copyOf(columns);
      checks = List.copyOf(checks);
      unique = List.copyOf(unique);
      sized = List.copyOf(sized);
    }

    Key(
        List<ColumnDefinition> columns,
        Optional<ForeignKeyDefinition> foreignKey,
        List<CheckDefinition> checks,
        List<IndexDefinition> unique) {
      this(columns, foreignKey, checks, unique, columns);
    }
  }

  private final FieldMapper mapper;

  MapKeys(FieldMapper mapper) {
    this.mapper = mapper;
  }

  static boolean isMap(VariableElement field) {
    return JpaTypes.name(field.asType()).equals("java.util.Map");
  }

  /** The type of the map's keys, or of its values ({@code index} 0 or 1). */
  static Optional<TypeMirror> typeArgument(VariableElement field, int index) {
    return field.asType() instanceof DeclaredType declared
            && declared.getTypeArguments().size() == 2
        ? Optional.of(declared.getTypeArguments().get(index))
        : Optional.empty();
  }

  /** The key of a map in table {@code table}, or none when Strata cannot map it (reported). */
  Optional<Key> key(
      CollectionAttribute attribute,
      String table,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    VariableElement field = attribute.field();
    if (JpaAnnotations.has(field, "MapKey")) {
      return Optional.of(Key.NONE);
    }
    Optional<TypeElement> keyType =
        typeArgument(field, 0)
            .filter(type -> type instanceof DeclaredType)
            .map(type -> (TypeElement) ((DeclaredType) type).asElement());
    String implicit = implicitKey(field.getSimpleName().toString());
    if (keyType.isPresent() && JpaAnnotations.isEntity(keyType.get())) {
      return entityKey(field, table, keyType.get(), tableOf.apply(keyType.get()), implicit, report);
    }
    if (keyType.isPresent() && JpaAnnotations.has(keyType.get(), "Embeddable")) {
      List<MappedColumn> keyColumns = mapper.mapKeyColumns(keyType.get(), field, report);
      if (keyColumns.stream().anyMatch(c -> c.references().isPresent())) {
        // its foreign key to the associated entity, which Hibernate writes in the map's table
        report.unsupported(
            JpaMessages.unsupported("an association inside an embeddable map key"), field, null);
        return Optional.empty();
      }
      return Optional.of(
          new Key(
              keyColumns.stream()
                  .map(
                      c ->
                          new ColumnDefinition(c.name(), c.sqlType(), false)
                              .formerly(c.renamedFrom()))
                  .toList(),
              Optional.empty(),
              new EntityChecks(mapper).ofCollection(table, keyColumns, report),
              ReferenceGroups.uniqueConstraints(table, keyColumns)));
    }
    AttributeConverters.Conversion conversion =
        keyType
            .map(t -> mapper.converters().ofMapKey(field, t.asType()))
            .orElseGet(AttributeConverters.Conversion.None::new);
    if (conversion instanceof AttributeConverters.Conversion.Refused no) {
      report.unsupported(no.message(), field, no.at());
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = JpaAnnotations.find(field, "MapKeyColumn");
    Optional<String> type = keyType.flatMap(t -> basicType(field, t, conversion, column));
    if (type.isEmpty()) {
      report.unsupported(
          keyType
              .flatMap(t -> TypeMessages.refusedTemporal(field, t.asType(), "MapKeyTemporal"))
              .orElseGet(() -> JpaMessages.unmappedMapKey(field)),
          field,
          null);
      return Optional.empty();
    }
    // a basic key's column, unlike an entity's or embeddable's, is inside the embeddings' patterns
    UnaryOperator<String> inner =
        property ->
            column
                .map(c -> AnnotationMirrors.string(c, "name", ""))
                .filter(given -> !given.isEmpty())
                .map(mapper.naming()::physical)
                .orElse(implicitKey(property));
    String name =
        EmbeddedColumnNames.collectionColumn(
            inner.apply(field.getSimpleName().toString()), attribute, mapper.naming());
    List<CheckDefinition> checks =
        !type.get().startsWith("ENUM(") && keyType.get().getKind() == ElementKind.ENUM
            ? List.of(ordinalCheck(table, name, keyType.get()))
            : List.of();
    // a key is part of the primary key, so Hibernate keeps it NOT NULL whatever nullable says
    List<IndexDefinition> unique =
        column.filter(c -> AnnotationMirrors.bool(c, "unique", false)).isPresent()
            ? List.of(
                new IndexDefinition(
                    TableMapper.constraintName(table, name, "key"), List.of(name), true))
            : List.of();
    String definition = column.map(BasicTypes::columnDefinition).orElse("");
    return Optional.of(
        new Key(
            List.of(
                CollectionRenames.followedAlong(
                    new ColumnDefinition(
                        name,
                        definition.isEmpty()
                            ? type.get()
                            : BasicTypes.declaredHolding(definition, type.get()),
                        false),
                    attribute,
                    inner,
                    mapper.naming())),
            Optional.empty(),
            checks,
            unique,
            List.of(new ColumnDefinition(name, type.get(), false))));
  }

  /** The name JPA gives a map key's column after the attribute: {@code <attribute>_KEY}. */
  private String implicitKey(String attribute) {
    return mapper.naming().physical(attribute + "_KEY");
  }

  /** Hibernate 7's range check of an enum stored as its ordinal, as for an enum field. */
  static CheckDefinition ordinalCheck(String table, String column, TypeElement enumType) {
    return new CheckDefinition(
        TableMapper.constraintName(table, column, "check"),
        column + " between 0 and " + (constants(enumType) - 1));
  }

  private Optional<Key> entityKey(
      VariableElement field,
      String table,
      TypeElement keyEntity,
      TableDefinition keyTable,
      String implicit,
      MappingReport report) {
    List<AnnotationMirror> joins =
        JpaAnnotations.find(field, "MapKeyJoinColumns")
            .map(c -> AnnotationMirrors.annotations(c, "value"))
            .orElseGet(() -> JpaAnnotations.find(field, "MapKeyJoinColumn").stream().toList());
    List<String> key = keyTable.primaryKey();
    if (key.isEmpty()) {
      return Optional.empty(); // its key field is refused on it, so there is nothing to refer to
    }
    if (key.size() != 1 && !namesEveryColumn(joins, key, mapper.naming())) {
      report.unsupported(
          JpaMessages.unnamedCompositeMapKey(field, keyTable),
          field,
          JpaAnnotations.find(field, "MapKeyJoinColumns").orElse(null));
      return Optional.empty();
    }
    Optional<String> given =
        joins.stream()
            .map(c -> AnnotationMirrors.string(c, "name", ""))
            .filter(name -> !name.isEmpty())
            .map(mapper.naming()::physical)
            .findFirst();
    KeyColumns columns =
        key.size() == 1
            ? new KeyColumns(
                keyTable,
                List.of(
                    CollectionRenames.followed(
                        new ColumnDefinition(
                            given.orElse(implicit),
                            BasicTypes.referring(
                                joins.stream().findFirst(),
                                keyTable.column(key.get(0)).orElseThrow().type()),
                            false),
                        field,
                        property -> given.orElse(implicitKey(property)))))
            : KeyColumns.of(keyTable, joins, implicit, mapper.naming()).orElseThrow();
    return Optional.of(
        new Key(
            columns.columns(),
            // none to a table-per-class entity whose rows spread over several tables, as Hibernate
            mapper.hierarchies().spreadOverTables(keyEntity)
                ? Optional.empty()
                : DeclaredForeignKeys.as(declaredKey(field), columns.foreignKey(table)),
            List.of(),
            List.of(),
            columns.sized(columns.columns())));
  }

  /** The {@code @ForeignKey} of a map's key columns: of {@code @MapKeyJoinColumns}, or a column. */
  private static Optional<AnnotationMirror> declaredKey(VariableElement field) {
    Optional<AnnotationMirror> columns = JpaAnnotations.find(field, "MapKeyJoinColumns");
    return columns.isPresent()
        ? DeclaredForeignKeys.declaredIn(columns, "foreignKey", "value")
        : DeclaredForeignKeys.declaredIn(
            JpaAnnotations.find(field, "MapKeyJoinColumn"), "foreignKey", "");
  }

  /** Whether a named join column refers to each column of a composite key. */
  private static boolean namesEveryColumn(
      List<AnnotationMirror> joins, List<String> key, JpaNaming naming) {
    return key.stream()
        .allMatch(
            column ->
                joins.stream()
                    .anyMatch(
                        join ->
                            naming
                                    .physical(
                                        AnnotationMirrors.string(join, "referencedColumnName", ""))
                                    .equalsIgnoreCase(column)
                                && !AnnotationMirrors.string(join, "name", "").isEmpty()));
  }

  private static long constants(TypeElement enumType) {
    return enumType.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
        .count();
  }

  /**
   * A basic or enum key's type, as an auto-applied converter's database side,
   * {@code @MapKeyEnumerated} or {@code @MapKeyTemporal} gives it, sized by {@code @MapKeyColumn}.
   */
  private static Optional<String> basicType(
      VariableElement field,
      TypeElement keyType,
      AttributeConverters.Conversion conversion,
      Optional<AnnotationMirror> column) {
    Optional<String> type;
    if (conversion instanceof AttributeConverters.Conversion.ToColumn converted) {
      type = JpaTypes.of(converted.databaseType()).map(JpaTypes.Mapping::sqlType);
    } else if (keyType.getKind() == ElementKind.ENUM) {
      boolean asString =
          JpaAnnotations.find(field, "MapKeyEnumerated")
              .flatMap(c -> AnnotationMirrors.enumConstant(c, "value"))
              .filter("STRING"::equals)
              .isPresent();
      type = Optional.of(asString ? BasicTypes.enumType(keyType) : BasicTypes.ordinalType(keyType));
    } else {
      // @MapKeyTemporal is to a Date or Calendar key what @Temporal is to a field
      Optional<AnnotationMirror> temporal = JpaAnnotations.find(field, "MapKeyTemporal");
      type =
          (temporal.isPresent()
                  ? JpaTypes.temporal(
                      keyType.asType(),
                      AnnotationMirrors.enumConstant(temporal.get(), "value").orElse(""))
                  : JpaTypes.of(keyType.asType()).or(() -> SerializedValues.of(keyType.asType())))
              .map(JpaTypes.Mapping::sqlType);
    }
    int length = column.map(c -> AnnotationMirrors.integer(c, "length", 255)).orElse(255);
    int precision = column.map(c -> AnnotationMirrors.integer(c, "precision", 0)).orElse(0);
    int scale = column.map(c -> AnnotationMirrors.integer(c, "scale", 0)).orElse(0);
    return type.map(sqlType -> JpaTypes.sized(sqlType, length, precision, scale));
  }
}
