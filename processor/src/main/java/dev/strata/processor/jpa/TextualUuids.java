package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.verify.TypeCategory;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @JdbcTypeCode(SqlTypes.CHAR)} or {@code (SqlTypes.VARCHAR)} on a {@code UUID}
 * (a field or an element collection's values), as teams keep UUIDs readable, on MySQL and MariaDB
 * most of all: Hibernate 7 exports a {@code char(36)} or {@code varchar(36)}, of the
 * {@code @Column(length)} where it gives another than its default (measured on H2, PostgreSQL and
 * MariaDB, whose dialect writes the {@code char} as a {@code varchar(36)}, as Strata's does).
 */
final class TextualUuids {

  /** {@code org.hibernate.type.SqlTypes.CHAR} and {@code VARCHAR}, with their portable types. */
  private static final Map<Integer, String> CODES = Map.of(1, "CHAR(36)", 12, "VARCHAR(36)");

  private TextualUuids() {}

  /** Whether the field's {@code @JdbcTypeCode} is one of these on its UUID values. */
  static boolean realised(Element field) {
    return !JpaAnnotations.has(field, "Convert")
        && TimeTypeCodes.valueType(field).flatMap(value -> type(field, value)).isPresent();
  }

  /** The column of a {@code valueType} value of {@code field}, where its code makes it text. */
  static Optional<JpaTypes.Mapping> typeOf(Element field, TypeMirror valueType) {
    return realised(field)
        ? type(field, valueType).map(type -> new JpaTypes.Mapping(type, TypeCategory.STRING))
        : Optional.empty();
  }

  private static Optional<String> type(Element field, TypeMirror value) {
    if (!JpaTypes.name(value).equals("java.util.UUID")) {
      return Optional.empty();
    }
    return AnnotationMirrors.find(field, JsonColumns.JDBC_TYPE_CODE)
        .map(code -> AnnotationMirrors.integer(code, "value", 0))
        .map(CODES::get);
  }
}
