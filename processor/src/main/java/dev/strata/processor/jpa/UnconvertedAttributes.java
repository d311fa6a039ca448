package dev.strata.processor.jpa;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * What Hibernate 7 does with an auto-applied converter of the type of a key or version field
 * ({@code @Id}, {@code @Version}), which JPA leaves without conversion (measured on H2, PostgreSQL
 * and MariaDB): of a single key or a version it applies none, so the column is the type's own
 * ({@code uuid} for a {@code UUID} that a converter would store as text, {@code bigint} for a
 * {@code Long} version), and where the type has none it refuses to start; of a field of an
 * {@code @IdClass} key it refuses to start unless {@code @Convert(disableConversion = true)} turns
 * the converter off. An {@code @Id} field of a mapped superclass is decided for each entity
 * extending it, as an {@code @IdClass} on the entity makes it a field of that key (measured:
 * Hibernate refuses to start) and another entity may keep it a single key.
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
    if (!hasType(field)) {
      report.unsupported(
          key
              ? TypeMessages.autoConvertedKeyWithoutType(field, converter)
              : TypeMessages.autoConvertedVersionWithoutType(field, converter),
          field,
          exempt);
      return false;
    }
    if (key && JpaAnnotations.has(field.getEnclosingElement(), "MappedSuperclass")) {
      // whether its key is an @IdClass's each entity extending the class decides: inheritedKeys
      return true;
    }
    report.ignoredByHibernate(
        key
            ? TypeMessages.autoConverterIgnoredOnKey(field, converter)
            : TypeMessages.autoConverterIgnoredOnVersion(field, converter),
        field,
        exempt);
    return true;
  }

  /**
   * Reports each {@code @Id} field that {@code entity} inherits from a mapped superclass, of a type
   * with an auto-applied converter: an error where the entity's {@code @IdClass}, declared below
   * the field, makes it a field of that key, on which Hibernate refuses to start as on any other,
   * else the warning of a single key.
   */
  static void inheritedKeys(
      TypeElement entity, AttributeConverters converters, MappingReport report) {
    boolean idClass = IdClasses.declaring(entity).isPresent();
    TypeElement current = JpaTypes.typeElement(entity.getSuperclass());
    while (current != null && JpaAnnotations.has(current, "MappedSuperclass")) {
      // an @IdClass at or above the field's own class is the field's to report: supported()
      boolean decidedAbove = IdClasses.declaring(current).isPresent();
      for (VariableElement field : ElementFilter.fieldsIn(current.getEnclosedElements())) {
        AnnotationMirror id = JpaAnnotations.find(field, "Id").orElse(null);
        if (id == null
            || decidedAbove
            || !JpaAnnotations.all(field, "Convert").isEmpty()
            || !hasType(field)) {
          continue;
        }
        TypeElement converter = converters.autoApplied(field).orElse(null);
        if (converter == null) {
          continue;
        }
        if (idClass) {
          report.unsupported(
              TypeMessages.autoConvertedInheritedIdClassField(field, converter, entity), field, id);
        } else {
          report.ignoredByHibernate(
              TypeMessages.autoConverterIgnoredOnKey(field, converter), field, id);
        }
      }
      current = JpaTypes.typeElement(current.getSuperclass());
    }
  }

  /** Whether the field's type has a column of its own, without a converter. */
  private static boolean hasType(VariableElement field) {
    return BasicTypes.typeOf(field, field.asType()).isPresent();
  }
}
