package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.SqlIdentifiers;
import dev.strata.processor.model.TableDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The check constraints Hibernate 7 writes for a discriminator, as its export shows: the column's
 * {@code DTYPE in ('Animal','Cat')} over the values of every concrete class of the hierarchy, root
 * first; and, on a single table, one per concrete subclass whose fields must hold a value although
 * their columns allow NULL (a primitive, {@code @Basic(optional = false)}, a to-one with {@code
 * optional = false}): {@code DTYPE <> 'Cat' or (lives is not null)}. Hibernate leaves both unnamed;
 * Strata names them as PostgreSQL would ({@code animal_dtype_check}, {@code animal_check}, {@code
 * animal_check1}), as it names every unnamed check, so that a migration can drop them again when a
 * subclass changes the list.
 */
final class DiscriminatorChecks {

  private static final String NULL = "null";
  private static final String NOT_NULL = "not null";

  private DiscriminatorChecks() {}

  /**
   * The column check of {@code discriminator} over the values of {@code classes}: none when a class
   * takes every value ({@code @DiscriminatorValue("not null")}), and without the class of the rows
   * whose discriminator is NULL ({@code "null"}), as Hibernate's export writes it.
   */
  static List<CheckDefinition> values(
      TableDefinition table, ColumnDefinition discriminator, List<TypeElement> classes) {
    if (classes.stream().anyMatch(type -> special(type).equals(NOT_NULL))) {
      return List.of();
    }
    List<String> values =
        classes.stream()
            .filter(DiscriminatorChecks::concrete)
            .filter(type -> special(type).isEmpty())
            .map(type -> literal(discriminator, type))
            .toList();
    return values.isEmpty()
        ? List.of()
        : List.of(
            new CheckDefinition(
                TableMapper.constraintName(table.name(), discriminator.name(), "check"),
                discriminator.name() + " in (" + String.join(",", values) + ")"));
  }

  /** Whether a class of the hierarchy holds the rows whose discriminator is NULL. */
  static boolean nullable(List<TypeElement> classes) {
    return classes.stream().anyMatch(type -> special(type).equals(NULL));
  }

  /**
   * {@code "null"} or {@code "not null"} when the class's {@code @DiscriminatorValue} is one of
   * Hibernate's two special values, else empty.
   */
  private static String special(TypeElement type) {
    String given =
        JpaAnnotations.find(type, "DiscriminatorValue")
            .map(annotation -> AnnotationMirrors.string(annotation, "value", ""))
            .orElse("");
    return given.equals(NULL) || given.equals(NOT_NULL) ? given : "";
  }

  /**
   * The check of a concrete subclass of a single table: the columns of its own fields and of its
   * entity parent's (when that is not the root) whose fields require a value but whose columns are
   * nullable in the shared table; none when there are no such columns.
   *
   * @param columns the subclass's, then its parent's, columns in the single table, before they were
   *     made nullable
   */
  static List<CheckDefinition> subclass(
      TableDefinition table,
      ColumnDefinition discriminator,
      TypeElement subclass,
      List<MappedColumn> columns) {
    // Hibernate writes no check for the class of every other value
    if (!concrete(subclass) || special(subclass).equals(NOT_NULL)) {
      return List.of();
    }
    List<String> required =
        columns.stream()
            // an embedded value's are not checked, however required, as Hibernate skips them
            .filter(column -> column.embeddings().isEmpty())
            .filter(column -> required(column.field()))
            .filter(
                column -> table.column(column.name()).map(ColumnDefinition::nullable).orElse(false))
            .map(column -> column.name() + " is not null")
            .distinct()
            .toList();
    if (required.isEmpty()) {
      return List.of();
    }
    Set<String> taken = new HashSet<>();
    table.checks().forEach(check -> taken.add(check.name().toLowerCase(Locale.ROOT)));
    String base = table.name() + "_check";
    String name = base.toLowerCase(Locale.ROOT);
    for (int i = 1; taken.contains(name); i++) {
      name = (base + i).toLowerCase(Locale.ROOT);
      if (name.length() > SqlIdentifiers.MAX_LENGTH) {
        name = TableMapper.constraintName(base.substring(0, 40), String.valueOf(i), "check");
      }
    }
    return List.of(
        new CheckDefinition(
            name,
            discriminator.name()
                // as Hibernate 7.4 writes it for the class of the NULL discriminator
                + (special(subclass).equals(NULL)
                    ? " is null"
                    : " <> " + literal(discriminator, subclass))
                + " or ("
                + String.join(" and ", required)
                + ")"));
  }

  /**
   * The value the rows of {@code type} itself hold, as an SQL literal: none for an abstract class,
   * which has no rows, or one of Hibernate's special values.
   */
  static Optional<String> ownValue(ColumnDefinition discriminator, TypeElement type) {
    return concrete(type) && special(type).isEmpty()
        ? Optional.of(literal(discriminator, type))
        : Optional.empty();
  }

  /**
   * The value the rows of {@code type} held when its entity was named {@code formerName}, as an SQL
   * literal: none where the value does not follow the name ({@code @DiscriminatorValue}).
   */
  static Optional<String> formerValue(
      ColumnDefinition discriminator, TypeElement type, String formerName) {
    if (ownValue(discriminator, type).isEmpty()
        || JpaAnnotations.has(type, "DiscriminatorValue")
        || !JpaAnnotations.name(type, "Entity").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        numeric(discriminator)
            ? String.valueOf(formerName.hashCode())
            : "'" + formerName.replace("'", "''") + "'");
  }

  private static boolean concrete(TypeElement type) {
    return !type.getModifiers().contains(Modifier.ABSTRACT);
  }

  /** Whether Hibernate holds the field's property to be not optional. */
  private static boolean required(VariableElement field) {
    if (field.asType().getKind().isPrimitive()) {
      return true;
    }
    return JpaAnnotations.find(field, "Basic")
        .or(() -> JpaAnnotations.find(field, "ManyToOne"))
        .or(() -> JpaAnnotations.find(field, "OneToOne"))
        .map(annotation -> !AnnotationMirrors.bool(annotation, "optional", true))
        .orElse(false);
  }

  /** The class's discriminator value as SQL: a string quoted, a number as it is. */
  private static String literal(ColumnDefinition discriminator, TypeElement type) {
    String value = value(discriminator, type);
    return numeric(discriminator) ? value : "'" + value.replace("'", "''") + "'";
  }

  /**
   * {@code @DiscriminatorValue}, else what Hibernate derives: the entity name, or its hash code for
   * an integer discriminator.
   */
  static String value(ColumnDefinition discriminator, TypeElement type) {
    String given =
        JpaAnnotations.find(type, "DiscriminatorValue")
            .map(annotation -> AnnotationMirrors.string(annotation, "value", ""))
            .orElse("");
    if (!given.isEmpty()) {
      return given;
    }
    String entityName = JpaAnnotations.name(type, "Entity");
    String name = entityName.isEmpty() ? type.getSimpleName().toString() : entityName;
    return numeric(discriminator) ? String.valueOf(name.hashCode()) : name;
  }

  private static boolean numeric(ColumnDefinition discriminator) {
    return discriminator.type().toUpperCase(Locale.ROOT).startsWith("INT");
  }
}
