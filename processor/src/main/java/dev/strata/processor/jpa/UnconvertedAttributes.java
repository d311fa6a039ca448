package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What Hibernate 7 does with an auto-applied converter of the type of a key or version field
 * ({@code @Id}, {@code @Version}), which JPA leaves without conversion (measured on H2, PostgreSQL
 * and MariaDB): of a single key or a version it applies none, so the column is the type's own
 * ({@code uuid} for a {@code UUID} that a converter would store as text, {@code bigint} for a
 * {@code Long} version), and where the type has none it refuses to start; of a field of an
 * {@code @IdClass} key it refuses to start unless {@code @Convert(disableConversion = true)} turns
 * the converter off. Nor does it apply one to an enum under {@code @Enumerated} or a date under
 * {@code @Temporal}, which keeps the column the annotation gives it. An {@code @Id} field of a
 * mapped superclass is decided for each entity extending it, as an {@code @IdClass} on the entity
 * makes it a field of that key (measured: Hibernate refuses to start) and another entity may keep
 * it a single key. Of a collection's values under {@code @Enumerated} or {@code @Temporal}, and a
 * map's keys under their {@code @MapKey} forms, it refuses an auto-applied converter and ignores a
 * named one.
 */
final class UnconvertedAttributes {

  private UnconvertedAttributes() {}

  /**
   * Whether JPA leaves {@code field}'s value without conversion, whatever converter is auto-applied
   * to its type: an {@code @Id}, a {@code @Version}, an enum under {@code @Enumerated}, a date or
   * calendar under {@code @Temporal}.
   */
  static boolean exempt(VariableElement field) {
    return exemptAs(field).isPresent();
  }

  /** The annotation by which JPA leaves the field without conversion, if any. */
  private static Optional<String> exemptAs(VariableElement field) {
    if (JpaAnnotations.has(field, "Id")) {
      return Optional.of("Id");
    }
    if (JpaAnnotations.has(field, "Version")) {
      return Optional.of("Version");
    }
    // a collection's values and keys are collectionSupported's
    return valuesUnder(field, field.asType(), "");
  }

  /**
   * Whether {@code field}'s column can be what Hibernate maps; reports the field where Hibernate
   * refuses to start, and warns where it ignores the converter.
   */
  static boolean supported(
      VariableElement field, AttributeConverters converters, MappingReport report) {
    String kind = exemptAs(field).orElse(null);
    if (kind == null || !JpaAnnotations.all(field, "Convert").isEmpty()) {
      // a @Convert on a key or version is an error of its own, and disableConversion leaves the
      // type's column
      return true;
    }
    TypeElement converter = converters.autoApplied(field).orElse(null);
    if (converter == null) {
      return true;
    }
    AnnotationMirror exempt = JpaAnnotations.find(field, kind).orElseThrow();
    boolean key = kind.equals("Id");
    if (key
        && field.getEnclosingElement() instanceof TypeElement owner
        && IdClasses.declaring(owner).isPresent()) {
      report.unsupported(
          ConverterMessages.autoConvertedIdClassField(field, converter), field, exempt);
      return false;
    }
    if (!hasType(field)) {
      // an enum always has one
      report.unsupported(
          key
              ? ConverterMessages.autoConvertedKeyWithoutType(field, converter)
              : ConverterMessages.autoConvertedVersionWithoutType(field, converter),
          field,
          exempt);
      return false;
    }
    if (key && JpaAnnotations.has(field.getEnclosingElement(), "MappedSuperclass")) {
      // whether its key is an @IdClass's each entity extending the class decides: inheritedKeys
      return true;
    }
    report.ignoredByHibernate(
        switch (kind) {
          case "Id" -> ConverterMessages.autoConverterIgnoredOnKey(field, converter);
          case "Version" -> ConverterMessages.autoConverterIgnoredOnVersion(field, converter);
          default -> ConverterMessages.autoConverterIgnoredUnder(kind, field, converter);
        },
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
              ConverterMessages.autoConvertedInheritedIdClassField(field, converter, entity),
              field,
              id);
        } else {
          report.ignoredByHibernate(
              ConverterMessages.autoConverterIgnoredOnKey(field, converter), field, id);
        }
      }
      current = JpaTypes.typeElement(current.getSuperclass());
    }
  }

  /**
   * Whether the values and keys of collection {@code field} can be what Hibernate maps; reports the
   * field where Hibernate 7 refuses to start: on values under {@code @Enumerated} or
   * {@code @Temporal}, or map keys under {@code @MapKeyEnumerated} or {@code @MapKeyTemporal}, of a
   * type with an auto-applied converter (measured on H2, PostgreSQL and MariaDB:
   * 'AttributeConverter' not allowed for attribute 'days' annotated
   * '@jakarta.persistence.Temporal', with or without {@code @Convert(disableConversion = true)} on
   * the field), where a field's own value keeps the annotation's column.
   */
  static boolean collectionSupported(
      VariableElement field, AttributeConverters converters, MappingReport report) {
    boolean map = JpaTypes.name(field.asType()).equals("java.util.Map");
    Optional<TypeMirror> values =
        map ? MapKeys.typeArgument(field, 1) : CollectionTables.elementType(field);
    boolean supported =
        values.map(type -> annotatedValues(field, type, "", converters, report)).orElse(true);
    if (map) {
      supported &=
          MapKeys.typeArgument(field, 0)
              .map(type -> annotatedValues(field, type, "MapKey", converters, report))
              .orElse(true);
    }
    return supported;
  }

  /**
   * Whether the values of {@code type} that collection {@code field} holds, under the annotation of
   * {@code prefix} ({@code MapKey} for the keys), are free of an auto-applied converter. A
   * converter the field's {@code @Convert} names Hibernate ignores on such values (measured: the
   * column {@code @Temporal} or {@code @Enumerated} gives), which a warning says.
   */
  private static boolean annotatedValues(
      VariableElement field,
      TypeMirror type,
      String prefix,
      AttributeConverters converters,
      MappingReport report) {
    String kind = valuesUnder(field, type, prefix).orElse(null);
    if (kind == null) {
      return true;
    }
    boolean keys = !prefix.isEmpty();
    Optional<AnnotationMirror> named = namedConverter(field, keys);
    if (named.isPresent()) {
      report.ignoredByHibernate(
          ConverterMessages.namedConverterIgnoredUnder(kind, field, keys), field, named.get());
      return true;
    }
    AnnotationMirror annotation = JpaAnnotations.find(field, kind).orElseThrow();
    Optional<TypeElement> converter = converters.autoApplied(field, type);
    converter.ifPresent(
        c ->
            report.unsupported(
                ConverterMessages.autoConvertedCollectionUnder(kind, field, c), field, annotation));
    return converter.isEmpty();
  }

  /**
   * The annotation, {@code Enumerated} or {@code Temporal} after {@code prefix} ({@code MapKey} for
   * a map's keys), under which {@code field} holds values of {@code type}, if it has it.
   */
  static Optional<String> valuesUnder(VariableElement field, TypeMirror type, String prefix) {
    TypeElement element = JpaTypes.typeElement(type);
    String kind =
        element != null && element.getKind() == ElementKind.ENUM
            ? prefix + "Enumerated"
            : JpaTypes.takesTemporal(JpaTypes.name(type)) ? prefix + "Temporal" : null;
    return Optional.ofNullable(kind).filter(k -> JpaAnnotations.has(field, k));
  }

  /**
   * The {@code @Convert} on {@code field} that names a converter of its values, or of a map's
   * {@code keys}, if there is one.
   */
  private static Optional<AnnotationMirror> namedConverter(VariableElement field, boolean keys) {
    return JpaAnnotations.all(field, "Convert").stream()
        .filter(
            convert ->
                keys
                    ? ConvertPaths.path(convert).equals(ConvertPaths.MAP_KEY)
                    : ConvertPaths.ofOwnValue(field, convert))
        .filter(convert -> AnnotationMirrors.value(convert, "converter").isPresent())
        .findFirst();
  }

  /** Whether the field's type has a column of its own, without a converter. */
  private static boolean hasType(VariableElement field) {
    return BasicTypes.typeOf(field, field.asType()).isPresent();
  }
}
