package dev.strata.processor.jpa;

import dev.strata.processor.BoundField;
import java.util.List;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What Hibernate 7.2 refuses to start on among the collections and join-table to-ones that an
 * entity binds through a generic mapped superclass, though it maps the rest as each entity binds
 * them: where a type variable stands for a map's key, for an element collection's embeddable, or
 * for a to-one's target whose {@code @JoinTable} gives no name, Hibernate reads the variable's
 * bound ({@code Object}) instead of the type the entity binds.
 */
final class BoundCollections {

  private BoundCollections() {}

  /** Whether Hibernate maps the collection {@code field} as its entity binds it; else reported. */
  static boolean supported(VariableElement field, MappingReport report) {
    if (!(field instanceof BoundField)) {
      return true;
    }
    List<? extends TypeMirror> declared = arguments(BoundField.declared(field).asType());
    List<? extends TypeMirror> bound = arguments(field.asType());
    boolean map = MapKeys.isMap(field);
    if (map && declared.size() == 2 && variable(declared.get(0))) {
      report.unsupported(
          AssociationMessages.boundMapKey(field, declared.get(0), bound.get(0)), field, null);
      return false;
    }
    int element = map ? 1 : 0;
    if (JpaAnnotations.has(field, "ElementCollection")
        && declared.size() == element + 1
        && variable(declared.get(element))
        && bound.get(element) instanceof DeclaredType held
        && JpaAnnotations.has(held.asElement(), "Embeddable")) {
      report.unsupported(
          AssociationMessages.boundEmbeddableElement(field, declared.get(element), held),
          field,
          null);
      return false;
    }
    return true;
  }

  /**
   * Whether Hibernate maps the to-one {@code field} through its {@code @JoinTable} as its entity
   * binds it: not where the field's type is a type variable and the join table has no name, as
   * Hibernate names it after the target it cannot find; else reported.
   */
  static boolean toOneSupported(VariableElement field, MappingReport report) {
    if (field instanceof BoundField
        && variable(BoundField.declared(field).asType())
        && JpaAnnotations.name(field, "JoinTable").isEmpty()) {
      report.unsupported(
          AssociationMessages.boundToOneUnnamedJoinTable(field),
          field,
          JpaAnnotations.find(field, "JoinTable").get());
      return false;
    }
    return true;
  }

  private static boolean variable(TypeMirror type) {
    return type.getKind() == TypeKind.TYPEVAR;
  }

  private static List<? extends TypeMirror> arguments(TypeMirror type) {
    return type instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
  }
}
