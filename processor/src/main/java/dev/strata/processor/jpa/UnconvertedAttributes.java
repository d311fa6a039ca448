package dev.strata.processor.jpa;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What Hibernate 7 does with an auto-applied converter of the type of a key or version field
 * ({@code @Id}, {@code @Version}), which JPA leaves without conversion (measured on H2, PostgreSQL
 * and MariaDB): of a single key or a version it applies none, so the column is the type's own
 * ({@code uuid} for a {@code UUID} that a converter would store as text, {@code bigint} for a
 * {@code Long} version), and where the type has none it refuses to start; of a field of an
 * {@code @IdClass} key it refuses to start unless {@code @Convert(disableConversion = true)} turns
 * the converter off.
 */
final class UnconvertedAttributes {

  private UnconvertedAttributes() {}

  /**
   * Whether {@code field}'s column can be what Hibernate maps; reports the field where Hibernate
   * refuses to start, and warns where it ignores the converter.
   */
  static boolean supported(
      VariableElement field, AttributeConverters converters, MappingReport report) {
    boolean key = JpaAnnotations.has(field, "Id");
    AnnotationMirror exempt = JpaAnnotations.find(field, key ? "Id" : "Version").orElse(null);
    if (exempt == null || !JpaAnnotations.all(field, "Convert").isEmpty()) {
      // a @Convert here is an error of its own, and disableConversion leaves the type's column
      return true;
    }
    TypeElement converter = converters.autoApplied(field).orElse(null);
    if (converter == null) {
      return true;
    }
    if (key
        && field.getEnclosingElement() instanceof TypeElement owner
        && IdClasses.declaring(owner).isPresent()) {
      report.unsupported(TypeMessages.autoConvertedIdClassField(field, converter), field, exempt);
      return false;
    }
    if (BasicTypes.typeOf(field, field.asType()).isEmpty()) {
      report.unsupported(
          key
              ? TypeMessages.autoConvertedKeyWithoutType(field, converter)
              : TypeMessages.autoConvertedVersionWithoutType(field, converter),
          field,
          exempt);
      return false;
    }
    report.ignoredByHibernate(
        key
            ? TypeMessages.autoConverterIgnoredOnKey(field, converter)
            : TypeMessages.autoConverterIgnoredOnVersion(field, converter),
        field,
        exempt);
    return true;
  }
}
