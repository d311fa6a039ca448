package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * Which {@code @Convert(attributeName = path)} on a field Strata follows, as Hibernate 7 does: a
 * path into an embedded value or embedded id, into an element collection's embeddable values, or
 * into a map's embeddable values ({@code value.zip}). Hibernate ignores one of a map's embeddable
 * key ({@code key.code}: measured, the column keeps its type); one on any other field Strata
 * refuses.
 */
final class ConvertPaths {

  private ConvertPaths() {}

  /** The first path on {@code field} that Strata does not follow, as the refusal to report. */
  static Optional<AttributeConverters.Conversion.Refused> refused(VariableElement field) {
    return JpaAnnotations.all(field, "Convert").stream()
        .filter(convert -> !followed(field, path(convert)))
        .findFirst()
        .map(
            convert ->
                new AttributeConverters.Conversion.Refused(
                    MapKeys.isMap(field)
                        ? "@Convert(attributeName = ...) on a Map other than of a value. path into"
                            + " an embeddable value (Hibernate 7 ignores one of a key. path: put"
                            + " the @Convert on the key class's field)"
                        : "@Convert(attributeName = ...) on a field that holds no embeddable",
                    convert));
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
        ? path.startsWith(MapOverrides.VALUE) && JpaTypes.embeddable(MapKeys.typeArgument(field, 1))
        : JpaTypes.embeddable(CollectionTables.elementType(field));
  }
}
