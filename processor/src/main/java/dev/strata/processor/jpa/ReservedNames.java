package dev.strata.processor.jpa;

import dev.strata.processor.jpa.ReservedWords.Position;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Refuses, at compile time, a table, column, index or sequence whose name a database the module
 * runs on takes for a keyword: its migration would fail there at startup, and so would Hibernate's
 * own statements, which name it unquoted too. {@code validation}'s {@code ReservedViewNames} asks
 * it about views.
 */
public final class ReservedNames {

  private record Target(String name, ReservedWords words) {}

  // the annotations besides @Column that name a column of a field's table
  private static final List<String> COLUMN_NAMERS =
      List.of("MapKeyColumn", "OrderColumn", "JoinColumn", "MapKeyJoinColumn");

  private final List<Target> targets;

  /**
   * @param databases the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  public ReservedNames(Set<String> databases) {
    this.targets =
        TargetDatabases.of(databases).stream()
            .map(
                database ->
                    new Target(TargetDatabases.displayName(database), ReservedWords.of(database)))
            .toList();
  }

  /** Adds an error to {@code report} for each name a database refuses. */
  public void check(List<EntityCollector.DeclaredEntity> entities, ValidationReport report) {
    for (EntityCollector.DeclaredEntity entity : entities) {
      TableDefinition table = entity.table();
      boolean generator = !table.generatorRows().isEmpty();
      refused(table.name(), Position.TABLE)
          .ifPresent(
              refusing ->
                  error(
                      "table " + table.name(),
                      refusing,
                      generator
                          ? GeneratorOrigins.table(
                              entity.element(), entity.declaring(), table.name())
                          : Optional.empty(),
                      "@Table(name",
                      entity.declaring(),
                      report));
      for (ColumnDefinition column : table.columns()) {
        Element field = namingField(MappedFields.of(entity, column.name()), column.name());
        refused(column.name(), Position.COLUMN)
            .ifPresent(
                refusing ->
                    error(
                        "column " + column.name() + " of table " + table.name(),
                        refusing,
                        generator
                            ? GeneratorOrigins.column(
                                entity.element(), entity.declaring(), column.name())
                            : Optional.empty(),
                        namingAttribute(field, column.name()),
                        field,
                        report));
      }
      for (IndexDefinition index : table.indexes()) {
        refused(index.name(), Position.TABLE)
            .ifPresent(
                refusing ->
                    error(
                        "index " + index.name() + " of table " + table.name(),
                        refusing,
                        Optional.empty(),
                        "@Index(name",
                        entity.declaring(),
                        report));
      }
      for (SequenceDefinition sequence : table.sequences()) {
        refused(sequence.name(), Position.TABLE)
            .ifPresent(
                refusing ->
                    error(
                        "sequence " + sequence.name(),
                        refusing,
                        GeneratorOrigins.sequence(entity.element(), sequence.name()),
                        "@SequenceGenerator(sequenceName",
                        entity.element(),
                        report));
      }
    }
  }

  /**
   * The field a join column of the class {@code found} stands for names {@code column} on (a
   * to-one's {@code @JoinColumn(name = "year")}), else {@code found}, the field or class found by
   * its {@code @Column} or name.
   */
  private static Element namingField(Element found, String column) {
    if (!(found instanceof TypeElement type)) {
      return found;
    }
    for (TypeElement current = type; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && !namingAttribute(member, column).equals("@Column(name")) {
          return member;
        }
      }
    }
    return found;
  }

  /**
   * The attribute that names {@code column} on {@code element}, which the way out names: a
   * collection's {@code @MapKeyColumn}, {@code @OrderColumn} or join column where one names it,
   * else {@code @Column}.
   */
  private static String namingAttribute(Element element, String column) {
    return COLUMN_NAMERS.stream()
        .filter(annotation -> names(JpaAnnotations.name(element, annotation), column))
        .findFirst()
        .map(annotation -> "@" + annotation + "(name")
        .orElse("@Column(name");
  }

  /** Whether a name as written is {@code physical}, under either naming. */
  private static boolean names(String written, String physical) {
    return !written.isEmpty()
        && (written.equalsIgnoreCase(physical)
            || JpaNaming.SNAKE_CASE.physical(written).equalsIgnoreCase(physical));
  }

  /**
   * An error on the generator annotation that gives the name, if one does, else on {@code element},
   * with the attribute to name it otherwise.
   */
  private static void error(
      String what,
      String refusing,
      Optional<GeneratorOrigins.Origin> origin,
      String attribute,
      Element element,
      ValidationReport report) {
    if (origin.isPresent()) {
      GeneratorOrigins.Origin at = origin.get();
      report.error(
          JpaMessages.reservedName(what, refusing, at.written()),
          at.element(),
          at.annotation(),
          at.value());
    } else {
      report.error(JpaMessages.reservedName(what, refusing, attribute), element, null, null);
    }
  }

  /**
   * The databases that refuse {@code name} there, named in a sentence, if any does: for a view's
   * name, which Strata writes unquoted too, in the table's position.
   */
  public Optional<String> refused(String name, Position position) {
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
}
