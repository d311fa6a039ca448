package dev.strata.processor.jpa;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The two sides, entity and database, of the {@code AttributeConverter<X, Y>} a converter class
 * states, and the converter class an annotation names.
 */
final class ConverterSides {

  private static final List<String> CONVERTER_INTERFACES =
      List.of("jakarta.persistence.AttributeConverter", "javax.persistence.AttributeConverter");

  private ConverterSides() {}

  /** The database side, {@code Y}, of the {@code AttributeConverter<X, Y>} the class states. */
  static Optional<TypeMirror> databaseSide(TypeElement converter) {
    return of(converter).map(sides -> sides.get(1));
  }

  /** {@code [X, Y]} of the {@code AttributeConverter<X, Y>} the class or a superclass states. */
  static Optional<List<TypeMirror>> of(TypeElement converter) {
    TypeElement type = converter;
    while (type != null) {
      for (TypeMirror implemented : type.getInterfaces()) {
        DeclaredType declared = (DeclaredType) implemented;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (CONVERTER_INTERFACES.contains(name)) {
          // a side may be an array, byte[] most often: Hibernate maps it as a basic value
          return arguments.size() == 2
                  && arguments.stream()
                      .allMatch(
                          a -> a.getKind() == TypeKind.DECLARED || a.getKind() == TypeKind.ARRAY)
              ? Optional.of(List.copyOf(arguments))
              : Optional.empty();
        }
      }
      TypeMirror superclass = type.getSuperclass();
      type =
          superclass.getKind() == TypeKind.DECLARED
              ? (TypeElement) ((DeclaredType) superclass).asElement()
              : null;
    }
    return Optional.empty();
  }

  static Optional<TypeElement> classOf(AnnotationValue value) {
    return value.getValue() instanceof DeclaredType type
            && type.asElement() instanceof TypeElement element
            && !element
                .getQualifiedName()
                .toString()
                .equals("jakarta.persistence.AttributeConverter")
            && !element.getQualifiedName().toString().equals("javax.persistence.AttributeConverter")
        ? Optional.of(element)
        : Optional.empty();
  }
}
