package dev.strata.processor.jpa;

import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Which attributes an {@code @AttributeOverride} or {@code @AssociationOverride} names by a plain
 * name: those of the embeddable or mapped superclass it overrides, and of the classes above it. One
 * of an embeddable nested in it is named by a path ({@code position.lat}); under its own name
 * Hibernate ignores the override.
 */
final class OverriddenAttributes {

  private OverriddenAttributes() {}

  /** Whether {@code type} or a class above it declares {@code field}. */
  static boolean declaredIn(TypeElement type, VariableElement field) {
    for (TypeElement above = type; above != null; above = Hierarchies.superclass(above)) {
      if (field.getEnclosingElement().equals(above)) {
        return true;
      }
    }
    return false;
  }

  /** Hibernate's path to {@code field}, nested in embeddables that {@code type} embeds. */
  static String nestedPath(TypeElement type, VariableElement field) {
    String path = pathWithin(type, field, 0);
    return path == null ? field.getSimpleName().toString() : path;
  }

  private static String pathWithin(TypeElement type, VariableElement field, int depth) {
    if (declaredIn(type, field)) {
      return field.getSimpleName().toString();
    }
    // a depth no mapping reaches, against an embeddable that embeds itself
    if (depth > 8) {
      return null;
    }
    for (TypeElement above = type; above != null; above = Hierarchies.superclass(above)) {
      for (VariableElement embedded : ElementFilter.fieldsIn(above.getEnclosedElements())) {
        TypeElement embeddable = JpaTypes.typeElement(embedded.asType());
        String rest =
            embeddable == null || !JpaAnnotations.has(embeddable, "Embeddable")
                ? null
                : pathWithin(embeddable, field, depth + 1);
        if (rest != null) {
          return embedded.getSimpleName() + "." + rest;
        }
      }
    }
    return null;
  }
}
