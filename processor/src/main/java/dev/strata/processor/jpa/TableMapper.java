package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.SqlIdentifiers;
import dev.strata.processor.model.TableDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads one entity into the table Hibernate would create for it: its columns, primary key, indexes,
 * unique constraints and foreign keys, with the constraint names PostgreSQL would give them.
 */
final class TableMapper {

  private final FieldMapper mapper;
  private final KeyGenerators generators;
  private final EntityChecks checks;

  TableMapper(FieldMapper mapper) {
    this.mapper = mapper;
    this.generators = new KeyGenerators(mapper.naming());
    this.checks = new EntityChecks(mapper);
  }

  TableDefinition table(TypeElement type, MappingReport report) {
    String name = mapper.tableName(type);
    return table(
        type,
        name,
        mapper.columns(type, report),
        declaredIndexes(type, name, mapper.naming()),
        report);
  }

  /**
   * A table {@code type} declares, of the given columns: its own, or one of its hierarchy's or
   * secondary tables.
   */
  TableDefinition table(
      TypeElement type,
      String name,
      List<MappedColumn> fieldColumns,
      List<IndexDefinition> declared,
      MappingReport report) {
    TwiceEmbedded.check(type, fieldColumns, report);
    List<MappedColumn> mapped = ReadOnlyColumns.merge(fieldColumns);
    List<ColumnDefinition> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<IndexDefinition> indexes = new ArrayList<>(declared);
    List<SequenceDefinition> sequences = new ArrayList<>();
    for (MappedColumn column : mapped) {
      if (column.id()) {
        generators.sequence(type, name, column.field(), report).ifPresent(sequences::add);
      }
      columns.add(
          new ColumnDefinition(
              column.name(),
              column.sqlType(),
              column.nullable(),
              // a mapped superclass's key is an identity column by the entity's own generator too
              column.identity()
                  || (column.id() && GenericGenerators.identity(column.field(), type)),
              column.renamedFrom(),
              ColumnDefaults.of(column.field()),
              Comments.ofColumn(column.field())));
      if (column.id()) {
        primaryKey.add(column.name());
      }
    }
    indexes.addAll(ReferenceGroups.uniqueConstraints(name, mapped));
    for (String column : ReadOnlyColumns.uniqueUnderReaders(fieldColumns)) {
      indexes.add(new IndexDefinition(constraintName(name, column, "key"), List.of(column), true));
    }
    NaturalIds.unique(name, mapped).ifPresent(indexes::add);
    // a composite key in Hibernate's order (its ColumnOrderingStrategyStandard), as it creates it
    List<ColumnDefinition> sizedKey = sizedKey(columns, primaryKey, mapped);
    List<String> key = primaryKey.size() < 2 ? primaryKey : KeyOrder.of(sizedKey);
    if (!KeyOrder.sameOnEveryDatabase(sizedKey)) {
      report.unsupported(JpaMessages.keyOrderDiffers(name), type, null);
    }
    return TableDefinition.builder(name, type.getQualifiedName().toString())
        .columns(columns)
        .primaryKey(key)
        .indexes(UniqueIndexes.distinct(indexes, declared, key))
        .foreignKeys(ReferenceGroups.foreignKeys(name, mapped))
        .renamedFrom(FormerNames.renamedFrom(type))
        .sequences(sequences)
        .checks(checks.of(type, name, mapped, report))
        .comment(Comments.ofTable(type, name, mapper))
        .build();
  }

  /** The key's columns, each of the type Hibernate sizes it by to order them. */
  private List<ColumnDefinition> sizedKey(
      List<ColumnDefinition> columns, List<String> primaryKey, List<MappedColumn> mapped) {
    return columns.stream()
        .filter(column -> primaryKey.contains(column.name()))
        .map(
            column ->
                mapped.stream()
                    .filter(field -> field.name().equals(column.name()))
                    .findFirst()
                    .map(field -> mapper.basicColumns().keySizeType(field))
                    .map(type -> new ColumnDefinition(column.name(), type, column.nullable()))
                    .orElse(column))
        .toList();
  }

  /** {@code @Table(indexes = ..., uniqueConstraints = ...)}, over the columns' physical names. */
  static List<IndexDefinition> declaredIndexes(TypeElement type, String table, JpaNaming naming) {
    return declaredIndexes(JpaAnnotations.find(type, "Table"), table, naming);
  }

  /**
   * The {@code indexes} and {@code uniqueConstraints} of an annotation that declares a table:
   * {@code @Table}, {@code @SecondaryTable}, {@code @JoinTable} or {@code @CollectionTable}.
   */
  static List<IndexDefinition> declaredIndexes(
      Optional<AnnotationMirror> declaration, String table, JpaNaming naming) {
    List<IndexDefinition> indexes = new ArrayList<>();
    declaration.ifPresent(
        annotation -> {
          for (AnnotationMirror index : AnnotationMirrors.annotations(annotation, "indexes")) {
            String columnList = AnnotationMirrors.string(index, "columnList", "");
            List<String> columns = columnList(columnList).stream().map(naming::physical).toList();
            List<String> descending =
                descendingColumns(columnList).stream().map(naming::physical).toList();
            boolean unique = AnnotationMirrors.bool(index, "unique", false);
            indexes.add(
                index(table, index, columns, unique ? "key" : "idx", unique)
                    .withDescending(descending));
          }
          for (AnnotationMirror constraint :
              AnnotationMirrors.annotations(annotation, "uniqueConstraints")) {
            List<String> columns =
                AnnotationMirrors.strings(constraint, "columnNames").stream()
                    .map(naming::physical)
                    .toList();
            indexes.add(index(table, constraint, columns, "key", true));
          }
        });
    return indexes;
  }

  /** An index named as the annotation says, else as PostgreSQL would name it. */
  private static IndexDefinition index(
      String table,
      AnnotationMirror annotation,
      List<String> columns,
      String suffix,
      boolean unique) {
    String name = AnnotationMirrors.string(annotation, "name", "");
    return new IndexDefinition(
        name.isEmpty() ? constraintName(table, String.join("_", columns), suffix) : name,
        columns,
        unique);
  }

  /**
   * {@code @Column(unique = true)}, and the join column of a {@code @OneToOne}, with or without a
   * foreign key: one to a table-per-class entity whose rows spread over several tables has none,
   * and Hibernate 7 makes it unique all the same.
   */
  static boolean isUnique(MappedColumn column) {
    return JpaAnnotations.find(column.field(), "Column")
            .or(() -> JpaAnnotations.find(column.field(), "JoinColumn"))
            .map(annotation -> AnnotationMirrors.bool(annotation, "unique", false))
            .orElse(false)
        // a read-only @OneToOne onto a column another field writes: Hibernate exports no unique
        // constraint for it
        || (column.writer().isEmpty() && JpaAnnotations.has(column.field(), "OneToOne"));
  }

  /** {@code orders_customer_id_fkey}: PostgreSQL's own naming, readable and deterministic. */
  static String constraintName(String table, String columns, String suffix) {
    String name = (table + "_" + columns + "_" + suffix).toLowerCase(Locale.ROOT);
    // a longer name would be truncated by PostgreSQL; the hash keeps shortened names apart
    return name.length() <= SqlIdentifiers.MAX_LENGTH
        ? name
        : name.substring(0, SqlIdentifiers.MAX_LENGTH - 9)
            + "_"
            + Integer.toHexString(name.hashCode());
  }

  /** {@code "happened DESC, id"} has {@code [happened]} in descending order. */
  private static List<String> descendingColumns(String columnList) {
    return Arrays.stream(columnList.split(","))
        .map(String::strip)
        .map(part -> part.split("\\s+"))
        .filter(words -> words.length == 2 && words[1].equalsIgnoreCase("DESC"))
        .map(words -> words[0])
        .toList();
  }

  /** {@code "last_name ASC, first_name"} becomes {@code [last_name, first_name]}. */
  private static List<String> columnList(String columnList) {
    return Arrays.stream(columnList.split(","))
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .map(part -> part.split("\\s+")[0])
        .toList();
  }
}
