package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Which {@code @Convert(attributeName = path)} on a field Strata follows, as Hibernate 7 does: a
 * path into an embedded value or embedded id, into an element collection's embeddable values, or
 * into a map's embeddable values ({@code value.zip}), and on an element collection map {@code key}
 * or {@code value}, its basic keys or values (measured on H2, PostgreSQL and MariaDB: the column of
 * the converter's type). Hibernate ignores one of a map's embeddable key ({@code key.code}:
 * measured, the column keeps its type), and so does Strata, with a warning; one on any other field
 * Strata refuses.
 */
final class ConvertPaths {

  /** The path of a map's basic key, as JPA names it. */
  static final String MAP_KEY = "key";

  /** The path of a map's basic values, as JPA names them. */
  static final String MAP_VALUE = "value";

  private ConvertPaths() {}

  /** The first path on {@code field} that Strata does not follow, as the refusal to report. */
  static Optional<AttributeConverters.Conversion.Refused> refused(VariableElement field) {
    return JpaAnnotations.all(field, "Convert").stream()
        .filter(convert -> !followed(field, path(convert)))
        .findFirst()
        .map(
            convert ->
                AttributeConverters.Conversion.Refused.unsupported(
                    MapKeys.isMap(field)
                        ? "@Convert(attributeName = \""
                            + path(convert)
                            + "\") on this Map; Strata"
                            + " follows \"key\" and \"value\" on an @ElementCollection Map of"
                            + " basic keys or values, and a \"value.\" path into its embeddable"
                            + " values"
                        : "@Convert(attributeName = ...) on a field that holds no embeddable",
                    convert));
  }

  /**
   * Warns of each {@code @Convert} of a {@code key.} path into {@code map}'s embeddable key, which
   * Hibernate 7 ignores (measured: the key's column keeps its type), as Strata does.
   */
  static void reportIgnoredOnMap(VariableElement map, MappingReport report) {
    for (AnnotationMirror convert : JpaAnnotations.all(map, "Convert")) {
      if (ofEmbeddableKey(map, path(convert))) {
        report.ignoredByHibernate(JpaMessages.ignoredKeyConvert(path(convert)), map, convert);
      }
    }
  }

  private static boolean ofEmbeddableKey(VariableElement map, String path) {
    return path.startsWith(MapOverrides.KEY)
        && !JpaAnnotations.has(map, "MapKey")
        && JpaTypes.embeddable(MapKeys.typeArgument(map, 0));
  }

  /**
   * Warns of each {@code @Convert} on {@code declaring} whose path after {@code prefix} names no
   * attribute of {@code root} (a typo, an attribute since renamed): Hibernate ignores it, and the
   * column keeps its type.
   */
  static void reportUnresolved(
      Element declaring, TypeElement root, String prefix, MappingReport report) {
    for (AnnotationMirror convert : JpaAnnotations.all(declaring, "Convert")) {
      String path = path(convert);
      if (!path.isEmpty()
          && path.startsWith(prefix)
          && !resolves(root, path.substring(prefix.length()))) {
        report.ignoredByHibernate(
            JpaMessages.unresolvedConvert(path, root.getSimpleName().toString()),
            declaring,
            convert);
      }
    }
  }

  private static boolean resolves(TypeElement root, String path) {
    TypeElement current = root;
    String[] steps = path.split("\\.", -1);
    for (int i = 0; i < steps.length; i++) {
      VariableElement field = current == null ? null : fieldNamed(current, steps[i]);
      if (field == null) {
        return false;
      }
      current = JpaTypes.typeElement(field.asType());
    }
    return true;
  }

  private static VariableElement fieldNamed(TypeElement type, String name) {
    for (TypeElement above = type; above != null; above = Hierarchies.superclass(above)) {
      for (VariableElement field : ElementFilter.fieldsIn(above.getEnclosedElements())) {
        if (field.getSimpleName().contentEquals(name)) {
          return field;
        }
      }
    }
    return null;
  }

  /** The path a {@code @Convert} names, empty for the field's own conversion. */
  static String path(AnnotationMirror convert) {
    return AnnotationMirrors.string(convert, "attributeName", "");
  }

  private static boolean followed(VariableElement field, String path) {
    if (path.isEmpty()
        || JpaAnnotations.has(field, "Embedded", "EmbeddedId")
        || JpaTypes.embeddable(Optional.of(field.asType()))) {
      return true;
    }
    if (!JpaAnnotations.has(field, "ElementCollection")) {
      return false;
    }
    return MapKeys.isMap(field)
        ? (path.startsWith(MapOverrides.VALUE)
                && JpaTypes.embeddable(MapKeys.typeArgument(field, 1)))
            || ofEmbeddableKey(field, path)
            || (path.equals(MAP_KEY) && basic(MapKeys.typeArgument(field, 0)))
            || (path.equals(MAP_VALUE) && basic(MapKeys.typeArgument(field, 1)))
        : JpaTypes.embeddable(CollectionTables.elementType(field));
  }

  /** Whether a map's key or value type is neither an embeddable nor an entity. */
  private static boolean basic(Optional<TypeMirror> type) {
    return type.isPresent()
        && !JpaTypes.embeddable(type)
        && type.map(JpaTypes::typeElement)
            .filter(element -> JpaAnnotations.has(element, "Entity"))
            .isEmpty();
  }

  /**
   * Whether {@code convert} on {@code field} converts the field's own value: it names no path, or,
   * on a map, its basic values ({@code value}).
   */
  static boolean ofOwnValue(VariableElement field, AnnotationMirror convert) {
    String path = path(convert);
    return path.isEmpty() || (path.equals(MAP_VALUE) && MapKeys.isMap(field));
  }

  /** The {@code @Convert} on map {@code field} of its basic keys ({@code key}), if any. */
  static Optional<AnnotationMirror> ofMapKey(VariableElement field) {
    return JpaAnnotations.all(field, "Convert").stream()
        .filter(convert -> path(convert).equals(MAP_KEY))
        .findFirst();
  }
}
