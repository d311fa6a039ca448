package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.jpa.ReservedWords.Position;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Refuses, at compile time, a table, column, index or sequence whose name a database the module
 * runs on takes for a keyword: its migration would fail there at startup, and so would Hibernate's
 * own statements, which name it unquoted too.
 */
public final class ReservedNames {

  private record Target(String name, ReservedWords words) {}

  private static final Map<String, String> NAMES =
      Map.of("h2", "H2", "postgresql", "PostgreSQL", "mysql", "MySQL", "mariadb", "MariaDB");

  private final List<Target> targets;

  /**
   * @param databases the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  public ReservedNames(Set<String> databases) {
    this.targets =
        (databases.isEmpty() ? Set.of("h2") : new TreeSet<>(databases))
            .stream()
                .map(database -> new Target(NAMES.get(database), ReservedWords.of(database)))
                .toList();
  }

  /** Adds an error to {@code report} for each name a database refuses. */
  public void check(List<EntityCollector.DeclaredEntity> entities, ValidationReport report) {
    for (EntityCollector.DeclaredEntity entity : entities) {
      TableDefinition table = entity.table();
      refused(table.name(), Position.TABLE)
          .ifPresent(
              refusing ->
                  report.error(
                      JpaMessages.reservedName("table " + table.name(), refusing, "@Table(name"),
                      entity.element(),
                      null,
                      null));
      for (ColumnDefinition column : table.columns()) {
        refused(column.name(), Position.COLUMN)
            .ifPresent(
                refusing ->
                    report.error(
                        JpaMessages.reservedName(
                            "column " + column.name() + " of table " + table.name(),
                            refusing,
                            "@Column(name"),
                        field(entity.element(), column.name()).orElse(entity.element()),
                        null,
                        null));
      }
      for (IndexDefinition index : table.indexes()) {
        refused(index.name(), Position.TABLE)
            .ifPresent(
                refusing ->
                    report.error(
                        JpaMessages.reservedName(
                            "index " + index.name() + " of table " + table.name(),
                            refusing,
                            "@Index(name"),
                        entity.element(),
                        null,
                        null));
      }
      for (SequenceDefinition sequence : table.sequences()) {
        refused(sequence.name(), Position.TABLE)
            .ifPresent(
                refusing ->
                    report.error(
                        JpaMessages.reservedName(
                            "sequence " + sequence.name(), refusing, "sequenceName"),
                        entity.element(),
                        null,
                        null));
      }
    }
  }

  /** The databases that refuse {@code name} there, named in a sentence, if any does. */
  private Optional<String> refused(String name, Position position) {
    // a schema-qualified name is refused for either part
    List<String> refusing =
        targets.stream()
            .filter(
                target ->
                    List.of(name.split("\\.")).stream()
                        .anyMatch(part -> target.words().refuses(part, position)))
            .map(Target::name)
            .toList();
    return refusing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", refusing));
  }

  /**
   * The field of {@code type} or its superclasses whose column this is, to point at it; empty for
   * one of an embedded or inherited mapping it cannot tell, which the class then stands for.
   */
  private static Optional<Element> field(TypeElement type, String column) {
    for (TypeElement current = type; current != null; current = superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && named(member, column)) {
          return Optional.of(member);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the field's column is named {@code column}, by its {@code @Column} or implicitly. */
  private static boolean named(Element field, String column) {
    String given =
        JpaAnnotations.find(field, "Column")
            .map(annotation -> AnnotationMirrors.string(annotation, "name", ""))
            .orElse("");
    if (!given.isEmpty()) {
      return given.equalsIgnoreCase(column);
    }
    String name = field.getSimpleName().toString();
    return name.equalsIgnoreCase(column)
        || JpaNaming.SNAKE_CASE.physical(name).equalsIgnoreCase(column);
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type.getSuperclass()).asElement()
        : null;
  }
}
