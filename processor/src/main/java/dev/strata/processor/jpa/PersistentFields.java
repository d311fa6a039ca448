package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Which fields of a class Hibernate persists, and how: those that map to columns of the class's
 * table, and the collections, whose rows are in tables of their own; static, transient and
 * {@code @Transient} fields, {@code @Formula}s and an embeddable's {@code @Parent} (its owner,
 * which Hibernate sets when it reads the embeddable) are neither.
 */
final class PersistentFields {

  private PersistentFields() {}

  /** Whether Hibernate maps {@code field} to columns of its class's table. */
  static boolean column(VariableElement field) {
    return persisted(field)
        && !JpaAnnotations.has(field, "Transient", "OneToMany", "ManyToMany", "ElementCollection")
        && !AnnotationMirrors.has(
            field, "org.hibernate.annotations.Formula", "org.hibernate.annotations.Parent");
  }

  /** Whether {@code field} is a collection Hibernate persists. */
  static boolean collection(VariableElement field) {
    return persisted(field)
        && JpaAnnotations.has(field, "OneToMany", "ManyToMany", "ElementCollection");
  }

  private static boolean persisted(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT);
  }
}
