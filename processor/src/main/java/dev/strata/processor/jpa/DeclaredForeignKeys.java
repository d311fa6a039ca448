package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ForeignKeyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The {@code @ForeignKey} an association's join columns declare, in {@code @JoinColumn(foreignKey =
 * ...)} or {@code @JoinColumns(foreignKey = ...)}, as Hibernate 7 follows it: a {@code name} names
 * the constraint, {@code ConstraintMode.NO_CONSTRAINT} leaves it out (a row may then refer to a
 * missing one), and {@code PROVIDER_DEFAULT} or {@code CONSTRAINT} keep it. A {@code
 * foreignKeyDefinition} or {@code options}, DDL of the user's own, is refused.
 */
final class DeclaredForeignKeys {

  private DeclaredForeignKeys() {}

  /** Whether Hibernate writes the association's foreign key. */
  static boolean constrained(Element field) {
    return NotFoundAssociations.constrained(field)
        && declared(field)
            .flatMap(key -> AnnotationMirrors.enumConstant(key, "value"))
            .filter("NO_CONSTRAINT"::equals)
            .isEmpty();
  }

  /** {@code key} under the name the field's {@code @ForeignKey} gives it, if it gives one. */
  static ForeignKeyDefinition named(Element field, ForeignKeyDefinition key) {
    return declared(field)
        .map(declared -> AnnotationMirrors.string(declared, "name", ""))
        .filter(name -> !name.isEmpty())
        .map(key::named)
        .orElse(key);
  }

  /** Whether the field's {@code @ForeignKey} is one Strata realises; reports it if not. */
  static boolean supported(Element field, MappingReport report) {
    for (AnnotationMirror key : all(field)) {
      for (String attribute : List.of("foreignKeyDefinition", "options")) {
        if (AnnotationMirrors.value(key, attribute)
            .filter(value -> !value.getValue().toString().isEmpty())
            .filter(value -> !(value.getValue() instanceof List<?> list && list.isEmpty()))
            .isPresent()) {
          report.unsupported(
              JpaMessages.unsupported(
                  "@ForeignKey("
                      + attribute
                      + " = ...), DDL that Hibernate writes as given and Strata does not read"),
              field,
              key);
          return false;
        }
      }
    }
    return true;
  }

  /** The first {@code @ForeignKey} given, of {@code @JoinColumns} or of one of its columns. */
  private static Optional<AnnotationMirror> declared(Element field) {
    List<AnnotationMirror> all = all(field);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static List<AnnotationMirror> all(Element field) {
    List<AnnotationMirror> keys = new ArrayList<>();
    Optional<AnnotationMirror> columns = JpaAnnotations.find(field, "JoinColumns");
    columns.flatMap(c -> foreignKey(c)).ifPresent(keys::add);
    List<AnnotationMirror> joins = new ArrayList<>();
    columns.ifPresent(c -> joins.addAll(AnnotationMirrors.annotations(c, "value")));
    JpaAnnotations.find(field, "JoinColumn").ifPresent(joins::add);
    joins.forEach(join -> foreignKey(join).ifPresent(keys::add));
    return keys;
  }

  private static Optional<AnnotationMirror> foreignKey(AnnotationMirror holder) {
    return AnnotationMirrors.value(holder, "foreignKey")
        .map(value -> (AnnotationMirror) value.getValue());
  }
}
