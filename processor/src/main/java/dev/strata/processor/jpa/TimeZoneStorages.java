package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.verify.TypeCategory;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @TimeZoneStorage} on a zoned value, as Hibernate 7 exports it (measured on H2,
 * PostgreSQL and MariaDB): {@code NORMALIZE} keeps an {@code OffsetDateTime} or {@code
 * ZonedDateTime} in a timestamp without zone and an {@code OffsetTime} in a {@code time(0)}, and
 * {@code NORMALIZE_UTC} and {@code DEFAULT} keep the column a zoned timestamp has without the
 * annotation. {@code COLUMN}, {@code AUTO} (an integer column beside it on PostgreSQL and MariaDB
 * only) and {@code NATIVE} (MariaDB's {@code timestamp}, and a {@code time with time zone} MariaDB
 * refuses) stay errors.
 */
final class TimeZoneStorages {

  private static final String TIME_ZONE_STORAGE = "org.hibernate.annotations.TimeZoneStorage";
  private static final Set<String> ZONED_TIMESTAMPS =
      Set.of("java.time.OffsetDateTime", "java.time.ZonedDateTime");

  private TimeZoneStorages() {}

  /** The mapping {@code NORMALIZE} gives a zoned value; empty for any other field or storage. */
  static Optional<JpaTypes.Mapping> normalized(Element field, TypeMirror type) {
    if (!storage(field).equals("NORMALIZE")) {
      return Optional.empty();
    }
    String name = JpaTypes.name(type);
    if (ZONED_TIMESTAMPS.contains(name)) {
      return Optional.of(new JpaTypes.Mapping("TIMESTAMP", TypeCategory.TIMESTAMP));
    }
    return name.equals("java.time.OffsetTime")
        ? Optional.of(new JpaTypes.Mapping(JpaTypes.TIME, TypeCategory.TIME))
        : Optional.empty();
  }

  /**
   * Whether the field's {@code @TimeZoneStorage}, if any, is one Strata realises; reports it if
   * not.
   */
  static boolean supported(Element field, MappingReport report) {
    Optional<AnnotationMirror> annotation = AnnotationMirrors.find(field, TIME_ZONE_STORAGE);
    if (annotation.isEmpty()) {
      return true;
    }
    String storage = storage(field);
    String type = JpaTypes.name(field.asType());
    boolean realised =
        ZONED_TIMESTAMPS.contains(type)
            ? Set.of("NORMALIZE", "NORMALIZE_UTC", "DEFAULT").contains(storage)
            : type.equals("java.time.OffsetTime") && storage.equals("NORMALIZE");
    if (!realised) {
      report.unsupported(TypeMessages.timeZoneStorage(field, storage), field, annotation.get());
    }
    return realised;
  }

  /** The field's storage, {@code AUTO} when the annotation names none; empty without it. */
  private static String storage(Element field) {
    return AnnotationMirrors.find(field, TIME_ZONE_STORAGE)
        .map(annotation -> AnnotationMirrors.enumConstant(annotation, "value").orElse("AUTO"))
        .orElse("");
  }
}
