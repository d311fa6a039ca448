package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.ViewCollector;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the JPA entities of the round that map to tables into table definitions. Entities mapped
 * onto a view ({@code @View}, Hibernate's {@code @View} or {@code @Subselect}) are views, never
 * tables.
 */
public final class EntityCollector {

  private final Elements elements;
  private final FieldMapper mapper;

  public EntityCollector(Elements elements, FieldMapper mapper) {
    this.elements = elements;
    this.mapper = mapper;
  }

  /**
   * The entities of the round, plus those the newest snapshot knows whose classes are still
   * entities on the classpath: an incremental build compiles only some files.
   */
  public List<DeclaredEntity> collect(
      RoundEnvironment round, Schema committed, ValidationReport report) {
    List<DeclaredEntity> entities = new ArrayList<>();
    Set<String> classes = new HashSet<>();
    for (TypeElement entityAnnotation : JpaAnnotations.types(elements, "Entity")) {
      for (Element element : round.getElementsAnnotatedWith(entityAnnotation)) {
        if (element instanceof TypeElement type
            && classes.add(type.getQualifiedName().toString())
            && !isViewEntity(type)) {
          entities.add(new DeclaredEntity(type, table(type, report), true));
        }
      }
    }
    for (TableDefinition known : committed.tables()) {
      TypeElement type =
          classes.contains(known.declaredBy()) ? null : elements.getTypeElement(known.declaredBy());
      if (type != null && JpaAnnotations.isEntity(type) && !isViewEntity(type)) {
        entities.add(new DeclaredEntity(type, table(type, report), false));
      }
    }
    return entities;
  }

  private static boolean isViewEntity(TypeElement type) {
    return AnnotationMirrors.has(
        type,
        ViewCollector.VIEW_ANNOTATION,
        ViewCollector.HIBERNATE_VIEW,
        "org.hibernate.annotations.Subselect");
  }

  private TableDefinition table(TypeElement type, ValidationReport report) {
    String name = mapper.tableName(type);
    List<MappedColumn> mapped = mapper.columns(type, report);
    List<ColumnDefinition> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<IndexDefinition> indexes = new ArrayList<>(declaredIndexes(type, name));
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    for (MappedColumn column : mapped) {
      columns.add(
          new ColumnDefinition(
              column.name(),
              column.sqlType(),
              column.nullable(),
              column.identity(),
              column.renamedFrom()));
      if (column.id()) {
        primaryKey.add(column.name());
      }
      if (isUnique(column)) {
        indexes.add(
            new IndexDefinition(
                constraintName(name, column.name(), "key"), List.of(column.name()), true));
      }
      column
          .references()
          .ifPresent(
              target ->
                  foreignKeys.add(
                      new ForeignKeyDefinition(
                          constraintName(name, column.name(), "fkey"),
                          List.of(column.name()),
                          target.table(),
                          List.of(target.column()))));
    }
    return new TableDefinition(
        name,
        type.getQualifiedName().toString(),
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        FieldMapper.renamedFrom(type));
  }

  private static List<IndexDefinition> declaredIndexes(TypeElement type, String table) {
    List<IndexDefinition> indexes = new ArrayList<>();
    JpaAnnotations.find(type, "Table")
        .ifPresent(
            annotation -> {
              for (AnnotationMirror index : AnnotationMirrors.annotations(annotation, "indexes")) {
                List<String> columns =
                    columnList(AnnotationMirrors.string(index, "columnList", ""));
                String name = AnnotationMirrors.string(index, "name", "");
                boolean unique = AnnotationMirrors.bool(index, "unique", false);
                indexes.add(
                    new IndexDefinition(
                        name.isEmpty()
                            ? constraintName(
                                table, String.join("_", columns), unique ? "key" : "idx")
                            : name,
                        columns,
                        unique));
              }
              for (AnnotationMirror constraint :
                  AnnotationMirrors.annotations(annotation, "uniqueConstraints")) {
                List<String> columns = AnnotationMirrors.strings(constraint, "columnNames");
                String name = AnnotationMirrors.string(constraint, "name", "");
                indexes.add(
                    new IndexDefinition(
                        name.isEmpty()
                            ? constraintName(table, String.join("_", columns), "key")
                            : name,
                        columns,
                        true));
              }
            });
    return indexes;
  }

  private static boolean isUnique(MappedColumn column) {
    return JpaAnnotations.find(column.field(), "Column")
        .map(annotation -> AnnotationMirrors.bool(annotation, "unique", false))
        .orElse(false);
  }

  /** {@code orders_customer_id_fkey}: PostgreSQL's own naming, readable and deterministic. */
  private static String constraintName(String table, String columns, String suffix) {
    String name = (table + "_" + columns + "_" + suffix).toLowerCase(Locale.ROOT);
    return name.length() <= 63
        ? name
        : name.substring(0, 54) + "_" + Integer.toHexString(name.hashCode());
  }

  /** {@code "last_name ASC, first_name"} becomes {@code [last_name, first_name]}. */
  private static List<String> columnList(String columnList) {
    return Arrays.stream(columnList.split(","))
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .map(part -> part.split("\\s+")[0])
        .toList();
  }

  /**
   * An entity class and the table it maps to.
   *
   * @param inRound whether the class is being compiled now, rather than read from the classpath
   */
  public record DeclaredEntity(TypeElement element, TableDefinition table, boolean inRound) {}
}
