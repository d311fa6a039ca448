package dev.strata.processor.jpa;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What Hibernate 7 does with an auto-applied converter of an {@code @Id} field's type, which JPA
 * leaves keys without (measured on H2, PostgreSQL and MariaDB): of a single key it applies none, so
 * the column is the type's own ({@code uuid} for a {@code UUID} that a converter would store as
 * text), and where the type has none it refuses to start; of a field of an {@code @IdClass} key it
 * refuses to start unless {@code @Convert(disableConversion = true)} turns the converter off.
 */
final class KeyConverters {

  private KeyConverters() {}

  /**
   * Whether {@code field}'s key column can be what Hibernate maps; reports the field where
   * Hibernate refuses to start, and warns where it ignores the converter.
   */
  static boolean supported(
      VariableElement field, AttributeConverters converters, MappingReport report) {
    AnnotationMirror id = JpaAnnotations.find(field, "Id").orElse(null);
    if (id == null || !JpaAnnotations.all(field, "Convert").isEmpty()) {
      // a @Convert on a key is an error of its own, and disableConversion leaves the type's column
      return true;
    }
    TypeElement converter = converters.autoApplied(field).orElse(null);
    if (converter == null) {
      return true;
    }
    if (field.getEnclosingElement() instanceof TypeElement owner
        && IdClasses.declaring(owner).isPresent()) {
      report.unsupported(TypeMessages.autoConvertedIdClassField(field, converter), field, id);
      return false;
    }
    if (BasicTypes.typeOf(field, field.asType()).isEmpty()) {
      report.unsupported(TypeMessages.autoConvertedKeyWithoutType(field, converter), field, id);
      return false;
    }
    report.ignoredByHibernate(TypeMessages.autoConverterIgnoredOnKey(field, converter), field, id);
    return true;
  }
}
