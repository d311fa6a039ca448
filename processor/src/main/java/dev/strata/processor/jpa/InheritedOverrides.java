package dev.strata.processor.jpa;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * An entity subclass's {@code @AttributeOverride} or {@code @AssociationOverride} of an attribute
 * its parent entity maps (declared there or above it), on which Hibernate 7 refuses to start
 * ("Property 'make' is inherited from entity 'Vehicle' and may not be overridden using
 * '@AttributeOverride' in entity subclass 'Truck'"); before, Strata kept the column as the parent
 * maps it, silently.
 */
final class InheritedOverrides {

  private InheritedOverrides() {}

  /** Hibernate's refusal of the override of {@code name} on {@code holder}, if it is one. */
  static Optional<String> refusal(Element holder, String name) {
    if (!(holder instanceof TypeElement type) || !JpaAnnotations.isEntity(type)) {
      return Optional.empty();
    }
    Optional<TypeElement> parent = Hierarchies.parent(type);
    String attribute = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    for (TypeElement above = parent.orElse(null);
        above != null;
        above = Hierarchies.superclass(above)) {
      for (VariableElement field : ElementFilter.fieldsIn(above.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(attribute)) {
          return Optional.of(
              JpaMessages.overriddenEntityAttribute(
                  name, parent.get().getSimpleName().toString(), type.getSimpleName().toString()));
        }
      }
    }
    return Optional.empty();
  }
}
