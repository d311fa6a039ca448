package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The key of a {@code Map} collection, as Hibernate exports it in the collection or join table:
 * nothing for {@code @MapKey} (the key is an attribute of the target entity); a NOT NULL column for
 * a basic or enum key ({@code @MapKeyColumn}, else {@code <attribute>_KEY}, typed as
 * {@code @MapKeyEnumerated} says for an enum); the columns of an embeddable key; a column referring
 * to an entity key, with its foreign key ({@code @MapKeyJoinColumn}, else {@code <attribute>_KEY}).
 */
final class MapKeys {

  /** The columns a key adds to the table, and the foreign key of an entity key. */
  record Key(
      List<ColumnDefinition> columns,
      Optional<ForeignKeyDefinition> foreignKey,
      List<CheckDefinition> checks) {

    static final Key NONE = new Key(List.of(), Optional.empty(), List.of());

    Key {
      columns = List.copyOf(columns);
      checks = List.copyOf(checks);
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
      VariableElement field,
      String table,
      Function<TypeElement, TableDefinition> tableOf,
      MappingReport report) {
    if (JpaAnnotations.has(field, "MapKey")) {
      return Optional.of(Key.NONE);
    }
    Optional<TypeElement> keyType =
        typeArgument(field, 0)
            .filter(type -> type instanceof DeclaredType)
            .map(type -> (TypeElement) ((DeclaredType) type).asElement());
    String implicit = mapper.naming().physical(field.getSimpleName() + "_KEY");
    if (keyType.isPresent() && JpaAnnotations.isEntity(keyType.get())) {
      return entityKey(field, table, tableOf.apply(keyType.get()), implicit, report);
    }
    if (keyType.isPresent() && JpaAnnotations.has(keyType.get(), "Embeddable")) {
      return Optional.of(
          new Key(
              mapper.columns(keyType.get(), report).stream()
                  .map(c -> new ColumnDefinition(c.name(), c.sqlType(), false))
                  .toList(),
              Optional.empty(),
              List.of()));
    }
    Optional<AnnotationMirror> column = JpaAnnotations.find(field, "MapKeyColumn");
    Optional<String> type = keyType.flatMap(t -> basicType(field, t, column));
    if (type.isEmpty()) {
      report.unsupported(JpaMessages.unmappedMapKey(field), field, null);
      return Optional.empty();
    }
    String name =
        column
            .map(c -> AnnotationMirrors.string(c, "name", ""))
            .filter(given -> !given.isEmpty())
            .map(mapper.naming()::physical)
            .orElse(implicit);
    // Hibernate 7 checks an ordinal's range, as for an enum field
    List<CheckDefinition> checks =
        type.get().equals("TINYINT") && keyType.get().getKind() == ElementKind.ENUM
            ? List.of(
                new CheckDefinition(
                    TableMapper.constraintName(table, name, "check"),
                    name + " between 0 and " + (constants(keyType.get()) - 1)))
            : List.of();
    return Optional.of(
        new Key(List.of(new ColumnDefinition(name, type.get(), false)), Optional.empty(), checks));
  }

  private Optional<Key> entityKey(
      VariableElement field,
      String table,
      TableDefinition keyTable,
      String implicit,
      MappingReport report) {
    if (keyTable.primaryKey().size() != 1) {
      report.unsupported(
          JpaMessages.unsupported("a Map keyed by an entity with a composite key"), field, null);
      return Optional.empty();
    }
    String keyColumn = keyTable.primaryKey().get(0);
    String name =
        JpaAnnotations.find(field, "MapKeyJoinColumn")
            .map(c -> AnnotationMirrors.string(c, "name", ""))
            .filter(given -> !given.isEmpty())
            .map(mapper.naming()::physical)
            .orElse(implicit);
    ColumnDefinition column =
        new ColumnDefinition(name, keyTable.column(keyColumn).orElseThrow().type(), false);
    return Optional.of(
        new Key(
            List.of(column),
            Optional.of(
                new ForeignKeyDefinition(
                    TableMapper.constraintName(table, name, "fkey"),
                    List.of(name),
                    keyTable.name(),
                    List.of(keyColumn))),
            List.of()));
  }

  private static long constants(TypeElement enumType) {
    return enumType.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
        .count();
  }

  /** A basic or enum key's type, sized by {@code @MapKeyColumn}. */
  private static Optional<String> basicType(
      VariableElement field, TypeElement keyType, Optional<AnnotationMirror> column) {
    if (keyType.getKind() == ElementKind.ENUM) {
      boolean asString =
          JpaAnnotations.find(field, "MapKeyEnumerated")
              .flatMap(c -> AnnotationMirrors.enumConstant(c, "value"))
              .filter("STRING"::equals)
              .isPresent();
      // Hibernate 6+: an ordinal fits a TINYINT (SMALLINT on PostgreSQL)
      return Optional.of(asString ? FieldMapper.enumType(keyType) : "TINYINT");
    }
    return JpaTypes.of(keyType.asType())
        .map(
            mapping -> {
              int length = column.map(c -> AnnotationMirrors.integer(c, "length", 255)).orElse(255);
              int precision =
                  column.map(c -> AnnotationMirrors.integer(c, "precision", 0)).orElse(0);
              int scale = column.map(c -> AnnotationMirrors.integer(c, "scale", 0)).orElse(0);
              return JpaTypes.sized(mapping.sqlType(), length, precision, scale);
            });
  }
}
