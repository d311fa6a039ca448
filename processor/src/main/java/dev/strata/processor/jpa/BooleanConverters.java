package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Hibernate's own converters of a {@code Boolean} ({@code YesNoConverter}, {@code
 * TrueFalseConverter}, {@code NumericBooleanConverter}): the Java type of the values each writes,
 * whose column the field takes, and the check of those values Hibernate's export adds, which for
 * another converter only running it would show.
 */
final class BooleanConverters {

  /** What a converter writes: values of {@code databaseType}, one of {@code values}. */
  record Stored(String databaseType, String values) {}

  private static final Map<String, Stored> BY_NAME =
      Map.of(
          "org.hibernate.type.YesNoConverter", new Stored("java.lang.Character", "'N','Y'"),
          "org.hibernate.type.TrueFalseConverter", new Stored("java.lang.Character", "'F','T'"),
          "org.hibernate.type.NumericBooleanConverter", new Stored("java.lang.Integer", "0,1"));

  private BooleanConverters() {}

  /** What {@code converter} writes, if it is one of Hibernate's converters of a Boolean. */
  static Optional<Stored> of(TypeElement converter) {
    return Optional.ofNullable(BY_NAME.get(converter.getQualifiedName().toString()));
  }

  /**
   * Whether {@code converter}, one of Hibernate's converters of a Boolean, converts the values of a
   * collection: {@code field} is no {@code boolean} or {@code Boolean} itself.
   */
  static boolean inCollection(VariableElement field, TypeElement converter) {
    String type = JpaTypes.name(field.asType());
    return of(converter).isPresent()
        && !type.equals("boolean")
        && !type.equals("java.lang.Boolean");
  }

  /**
   * The check Hibernate writes on {@code column} when the field's {@code @Convert} names one of
   * them: {@code active in ('N','Y')}.
   */
  static Optional<String> check(VariableElement field, String column) {
    String type = JpaTypes.name(field.asType());
    if (!type.equals("boolean") && !type.equals("java.lang.Boolean")) {
      return Optional.empty();
    }
    return JpaAnnotations.find(field, "Convert")
        .filter(convert -> !AnnotationMirrors.bool(convert, "disableConversion", false))
        .flatMap(convert -> AnnotationMirrors.value(convert, "converter"))
        .flatMap(ConverterSides::classOf)
        .flatMap(BooleanConverters::of)
        .map(stored -> column + " in (" + stored.values() + ")");
  }
}
