package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * JPA 3.2's {@code @EnumeratedValue}, on a field of an enum: Hibernate 7 then stores each constant
 * as that field's value, in a column of the value's type ({@code smallint} for an {@code int},
 * {@code varchar(255)} for a {@code String}, by ordinal and by name alike) checked against the
 * values the constants pass to their constructor, which an annotation processor cannot read. A
 * field holding such an enum, as its value, an element or a map's key or value, is an error on the
 * field: Strata would give it the ordinal's or the name's column and check.
 */
final class EnumeratedValues {

  private static final String ENUMERATED_VALUE = "jakarta.persistence.EnumeratedValue";

  private EnumeratedValues() {}

  /** Whether the field holds no enum that stores an {@code @EnumeratedValue}; reports it if so. */
  static boolean supported(Element field, MappingReport report) {
    if (JsonColumns.json(field) || JpaAnnotations.has(field, "Convert")) {
      return true; // Hibernate stores what the JSON mapping or the converter makes of it
    }
    Optional<Element> valued = valuedField(field.asType());
    if (valued.isEmpty()) {
      return true;
    }
    report.unsupported(
        JpaMessages.unsupported(
            "an enum that stores an @EnumeratedValue ("
                + valued.get().getEnclosingElement().getSimpleName()
                + "."
                + valued.get().getSimpleName()
                + "): a column of that field's type, checked against the values its constants"
                + " pass to the constructor, which Strata cannot read at compile time; name an"
                + " AttributeConverter with @Convert, or store the enum by ordinal or by name"),
        field,
        null);
    return false;
  }

  /** The {@code @EnumeratedValue} field of an enum the type is or holds, if any. */
  private static Optional<Element> valuedField(TypeMirror type) {
    List<TypeMirror> held = new ArrayList<>();
    held.add(type);
    if (type instanceof ArrayType array) {
      held.add(array.getComponentType());
    }
    if (type instanceof DeclaredType declared) {
      held.addAll(declared.getTypeArguments());
    }
    for (TypeMirror candidate : held) {
      TypeElement element = JpaTypes.typeElement(candidate);
      if (element == null || element.getKind() != ElementKind.ENUM) {
        continue;
      }
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && AnnotationMirrors.has(member, ENUMERATED_VALUE)) {
          return Optional.of(member);
        }
      }
    }
    return Optional.empty();
  }
}
