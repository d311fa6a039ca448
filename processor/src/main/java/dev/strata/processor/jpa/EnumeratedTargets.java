package dev.strata.processor.jpa;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * An {@code @Enumerated} on a single value that is no enum ({@code @Enumerated String status}),
 * which Hibernate 7 refuses to start on ("is annotated '@Enumerated' but its type ... is not an
 * enum"), is an error on the annotation. On an element collection of such values Hibernate starts,
 * ignoring it (measured on a {@code Set<String>}), and so does Strata.
 */
final class EnumeratedTargets {

  private EnumeratedTargets() {}

  /**
   * Whether the field's {@code @Enumerated}, if any, is one Hibernate starts on; reports it if not.
   */
  static boolean supported(Element field, MappingReport report) {
    Optional<AnnotationMirror> enumerated = JpaAnnotations.find(field, "Enumerated");
    if (enumerated.isEmpty()
        || JpaAnnotations.has(field, "Convert", "ElementCollection")
        || !singleValue(field.asType())
        || isEnum(field.asType())) {
      return true;
    }
    report.unsupported(TypeMessages.enumeratedNotEnum(field), field, enumerated.get());
    return false;
  }

  /** Whether the type is one value: a primitive, or a class without type arguments. */
  private static boolean singleValue(TypeMirror type) {
    return type.getKind().isPrimitive()
        || (type instanceof DeclaredType declared && declared.getTypeArguments().isEmpty());
  }

  private static boolean isEnum(TypeMirror type) {
    Element element = JpaTypes.typeElement(type);
    return element != null && element.getKind() == ElementKind.ENUM;
  }
}
