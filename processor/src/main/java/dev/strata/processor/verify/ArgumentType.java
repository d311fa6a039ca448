package dev.strata.processor.verify;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The families of H2's types between which PostgreSQL's functions differ. */
enum ArgumentType {
  BOOLEAN("boolean"),
  UUID("uuid"),
  BINARY("bytea"),
  JSON("json"),
  INTEGER("integer"),
  NUMBER("numeric"),
  FLOATING("double precision"),
  TEXT("text"),
  DATE("date"),
  TIME("time"),
  TIMESTAMP("timestamp"),
  INTERVAL("interval");

  private final String postgresName;

  ArgumentType(String postgresName) {
    this.postgresName = postgresName;
  }

  /** The type's name as PostgreSQL's message spells it. */
  String postgresName() {
    return postgresName;
  }

  /** The name with its article: an integer, a uuid. */
  String withArticle() {
    return ("aeio".indexOf(postgresName.charAt(0)) >= 0 ? "an " : "a ") + postgresName;
  }

  /** The family of H2's type {@code name} ({@code BINARY VARYING(16)}); empty if none here. */
  static Optional<ArgumentType> ofH2(String name) {
    String type = name.toUpperCase(Locale.ROOT);
    // an array, NUMERIC(8, 2) ARRAY or ARRAY[2] with its length: no family of these
    if (type.contains(" ARRAY") || type.startsWith("ROW")) {
      return Optional.empty();
    }
    for (ArgumentType family : values()) {
      if (family.matches(type)) {
        return Optional.of(family);
      }
    }
    return Optional.empty();
  }

  private boolean matches(String type) {
    return switch (this) {
      case BOOLEAN, UUID, JSON, DATE -> type.equals(name());
      case BINARY -> type.startsWith("BINARY") || type.startsWith("VARBINARY");
      case INTEGER -> Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT").contains(type);
      case NUMBER -> type.startsWith("NUMERIC") || type.startsWith("DECIMAL");
      case FLOATING ->
          type.startsWith("DECFLOAT")
              || type.startsWith("REAL")
              || type.startsWith("DOUBLE PRECISION")
              || type.startsWith("FLOAT");
      case TEXT ->
          type.startsWith("CHARACTER") || type.startsWith("VARCHAR") || type.startsWith("ENUM");
      case TIME -> type.startsWith("TIME") && !type.startsWith("TIMESTAMP");
      case TIMESTAMP -> type.startsWith("TIMESTAMP");
      case INTERVAL -> type.startsWith("INTERVAL");
    };
  }
}
