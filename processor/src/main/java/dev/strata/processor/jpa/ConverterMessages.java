package dev.strata.processor.jpa;

import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Why a converter is refused or ignored where Hibernate 7 refuses or ignores it: on a key, a
 * version, a value under {@code @Enumerated} or {@code @Temporal}, a collection's values, or where
 * two auto-applied converters match one value (each measured on H2, PostgreSQL and MariaDB).
 */
final class ConverterMessages {

  private ConverterMessages() {}

  /** A {@code @Convert} on an {@code @Id} or {@code @Version} field, which Hibernate refuses. */
  static String convertedKeyOrVersion(String annotation) {
    return "Hibernate refuses to start on a @Convert on "
        + (annotation.equals("Id") ? "an @" : "a @")
        + annotation
        + " field ('AttributeConverter' not allowed for attribute annotated '@jakarta.persistence."
        + annotation
        + "'), as JPA forbids it there; remove the @Convert and declare the field with the type"
        + " the converter stores";
  }

  /**
   * An auto-applied converter of a field of an {@code @IdClass} key, on which Hibernate refuses.
   */
  static String autoConvertedIdClassField(VariableElement field, TypeElement converter) {
    return autoConvertedIdClassField(field, converter, "");
  }

  /**
   * An auto-applied converter of a field of a mapped superclass that {@code entity}'s
   * {@code @IdClass} makes a field of its key, on which Hibernate refuses.
   */
  static String autoConvertedInheritedIdClassField(
      VariableElement field, TypeElement converter, TypeElement entity) {
    return autoConvertedIdClassField(
        field, converter, " (entity " + entity.getSimpleName() + "'s, which extends this class)");
  }

  private static String autoConvertedIdClassField(
      VariableElement field, TypeElement converter, String whose) {
    return "Hibernate refuses to start on auto-applied converter "
        + converter.getSimpleName()
        + " of @Id field "
        + field.getSimpleName()
        + " of an @IdClass key"
        + whose
        + " ('AttributeConverter' not allowed for attribute '"
        + field.getSimpleName()
        + "' annotated '@jakarta.persistence.Id'), as JPA converts no key; add"
        + " @Convert(disableConversion = true) to the field, and its column is the type's own, or"
        + " declare it with the type the converter stores";
  }

  /** A single key of a type only an auto-applied converter maps, which Hibernate cannot map. */
  static String autoConvertedKeyWithoutType(VariableElement field, TypeElement converter) {
    return "Hibernate applies no converter to @Id field "
        + field.getSimpleName()
        + ", auto-applied "
        + converter.getSimpleName()
        + " neither, as JPA converts no key, and refuses to start on a key of type "
        + JpaTypes.name(field.asType())
        + " ('Could not determine recommended JdbcType'); declare the key with the type the"
        + " converter stores, or make the type an @Embeddable and the key an @EmbeddedId";
  }

  /** A single key whose type has a column of its own, which Hibernate keeps over the converter. */
  static String autoConverterIgnoredOnKey(VariableElement field, TypeElement converter) {
    return "Hibernate 7 does not apply auto-applied converter "
        + converter.getSimpleName()
        + " to @Id field "
        + field.getSimpleName()
        + ", as JPA converts no key: its column is the type's own, and so is every column referring"
        + " to it; add @Convert(disableConversion = true) to the field to say so";
  }

  /** A version of a type only an auto-applied converter maps, which Hibernate cannot map. */
  static String autoConvertedVersionWithoutType(VariableElement field, TypeElement converter) {
    return "Hibernate applies no converter to @Version field "
        + field.getSimpleName()
        + ", auto-applied "
        + converter.getSimpleName()
        + " neither, as JPA converts no version, and refuses to start on a version of type "
        + JpaTypes.name(field.asType())
        + " ('Could not determine recommended JdbcType'); declare the version with the type the"
        + " converter stores (a Long, an Integer, a timestamp)";
  }

  /** A version whose type has a column of its own, which Hibernate keeps over the converter. */
  static String autoConverterIgnoredOnVersion(VariableElement field, TypeElement converter) {
    return "Hibernate 7 does not apply auto-applied converter "
        + converter.getSimpleName()
        + " to @Version field "
        + field.getSimpleName()
        + ", as JPA converts no version: its column is the type's own; add"
        + " @Convert(disableConversion = true) to the field to say so";
  }

  /**
   * A field under {@code @Enumerated} or {@code @Temporal}, which Hibernate maps as the annotation
   * says over the converter.
   */
  static String autoConverterIgnoredUnder(
      String annotation, VariableElement field, TypeElement converter) {
    return "Hibernate 7 does not apply auto-applied converter "
        + converter.getSimpleName()
        + " to @"
        + annotation
        + " field "
        + field.getSimpleName()
        + ", as JPA converts no @"
        + annotation
        + " value: its column is the one @"
        + annotation
        + " gives it; add @Convert(disableConversion = true) to the field to say so";
  }

  /**
   * The values or keys of a collection under {@code @Enumerated}, {@code @Temporal} or their map
   * key forms, of a type with an auto-applied converter: Hibernate 7 refuses to start.
   */
  static String autoConvertedCollectionUnder(
      String annotation, VariableElement field, TypeElement converter) {
    boolean keys = annotation.startsWith("MapKey");
    String plain = keys ? annotation.substring("MapKey".length()) : annotation;
    return "Hibernate 7 refuses to start on auto-applied converter "
        + converter.getSimpleName()
        + " of the "
        + (keys ? "keys of map " : "values of collection ")
        + field.getSimpleName()
        + " under @"
        + annotation
        + " ('AttributeConverter' not allowed for attribute '"
        + field.getSimpleName()
        + "' annotated '@jakarta.persistence."
        + annotation
        + "'), with or without @Convert(disableConversion = true) on the field (measured), where"
        + " a field's own value keeps the column @"
        + plain
        + " gives it; remove the @"
        + annotation
        + ", and the converter's column holds the "
        + (keys ? "keys" : "values")
        + ", or set autoApply = false on "
        + converter.getSimpleName()
        + " and name it with @Convert where it applies";
  }

  /**
   * Two or more auto-applied converters matching one value, of its type and of a supertype (or of
   * two supertypes): Hibernate 7 refuses to start.
   */
  static String severalAutoApplied(
      VariableElement field, TypeMirror valueType, List<TypeElement> converters) {
    return "Hibernate 7 refuses to start on field "
        + field.getSimpleName()
        + ", whose "
        + JpaTypes.name(valueType)
        + " values "
        + converters.size()
        + " auto-applied converters match, as it applies one of a type to its subtypes too ("
        + converters.stream()
            .map(converter -> converter.getSimpleName().toString())
            .collect(java.util.stream.Collectors.joining(", "))
        + "; 'Multiple auto-apply converters matched basic attribute', measured); name the one"
        + " that applies with @Convert(converter = ...) on the field, or set autoApply = false on"
        + " the others";
  }

  /** A field's own value under {@code @Temporal} or {@code @Enumerated} with a named converter. */
  static String namedConverterUnder(
      String annotation, VariableElement field, TypeElement converter) {
    return "Hibernate 7 refuses to start on @Convert(converter = "
        + converter.getSimpleName()
        + ".class) on field "
        + field.getSimpleName()
        + " under @"
        + annotation
        + " ('AttributeConverter' not allowed for attribute '"
        + field.getSimpleName()
        + "' annotated '@jakarta.persistence."
        + annotation
        + "', measured), as JPA converts no @"
        + annotation
        + " value; remove the @"
        + annotation
        + ", and the converter's column holds the value, or the @Convert, and the column is the"
        + " one @"
        + annotation
        + " gives";
  }

  /**
   * A collection's values under {@code @Temporal} or {@code @Enumerated}, or a map's {@code keys}
   * under their {@code @MapKey} forms, with a named converter.
   */
  static String namedConverterIgnoredUnder(String annotation, VariableElement field, boolean keys) {
    return "Hibernate 7 does not apply the converter @Convert names to the "
        + (keys ? "keys of map " : "values of collection ")
        + field.getSimpleName()
        + " under @"
        + annotation
        + " (measured): their column is the one @"
        + annotation
        + " gives; remove the @Convert to say so, or the @"
        + annotation
        + " for the converter's column";
  }
}
