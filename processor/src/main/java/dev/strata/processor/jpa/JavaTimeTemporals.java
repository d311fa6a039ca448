package dev.strata.processor.jpa;

import dev.strata.processor.verify.TypeCategory;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * {@code @Temporal} on a {@code java.time} value, as Hibernate 7.2 maps it (measured on H2,
 * PostgreSQL and MariaDB): the kind of the type's own, {@code DATE} of a {@code LocalDate}, {@code
 * TIME} of a {@code LocalTime} or {@code OffsetTime}, {@code TIMESTAMP} of a {@code LocalDateTime},
 * {@code OffsetDateTime}, {@code ZonedDateTime} or {@code Instant}, changes nothing; an {@code
 * Instant} takes {@code DATE} too, a {@code date} column, and {@code TIME}, a {@code time(6)} one;
 * Hibernate refuses to start on any other kind ({@code TemporalJavaType(...) as
 * TemporalType.TIMESTAMP not supported}).
 */
final class JavaTimeTemporals {

  private static final String INSTANT = "java.time.Instant";

  private static final Map<String, String> OWN_KIND =
      Map.of(
          "java.time.LocalDate",
          "DATE",
          "java.time.LocalTime",
          "TIME",
          "java.time.OffsetTime",
          "TIME",
          "java.time.LocalDateTime",
          "TIMESTAMP",
          "java.time.OffsetDateTime",
          "TIMESTAMP",
          "java.time.ZonedDateTime",
          "TIMESTAMP",
          INSTANT,
          "TIMESTAMP");

  private JavaTimeTemporals() {}

  /** Whether {@code type} is a {@code java.time} type that {@code @Temporal} applies to. */
  static boolean isFor(String type) {
    return OWN_KIND.containsKey(type);
  }

  /** Whether Hibernate maps a value of {@code type} under {@code @Temporal(kind)}. */
  static boolean accepts(String type, String kind) {
    return kind.equals(OWN_KIND.get(type))
        || (type.equals(INSTANT) && (kind.equals("DATE") || kind.equals("TIME")));
  }

  /** The column of a value of {@code type} under {@code @Temporal(kind)}; empty if refused. */
  static Optional<JpaTypes.Mapping> mapping(TypeMirror type, String kind) {
    String name = JpaTypes.name(type);
    if (!accepts(name, kind)) {
      return Optional.empty();
    }
    if (kind.equals(OWN_KIND.get(name))) {
      return JpaTypes.of(type);
    }
    return Optional.of(
        kind.equals("DATE")
            ? new JpaTypes.Mapping("DATE", TypeCategory.DATE)
            : new JpaTypes.Mapping("TIME(6)", TypeCategory.TIME));
  }
}
