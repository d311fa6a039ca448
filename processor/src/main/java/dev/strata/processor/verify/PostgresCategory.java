package dev.strata.processor.verify;

import java.util.Optional;

/**
 * The families of types that PostgreSQL compares with each other, and gives one type when they meet
 * in a {@code COALESCE} or a {@code CASE}: any number with any number, a date with a timestamp, but
 * no text with a number or a boolean with an integer (measured on PostgreSQL 15).
 */
enum PostgresCategory {
  NUMBER,
  DATETIME,
  TIME,
  TEXT,
  BOOLEAN,
  UUID,
  BINARY,
  INTERVAL;

  /** The category of H2's type family {@code type}; empty for JSON. */
  static Optional<PostgresCategory> of(ArgumentType type) {
    return switch (type) {
      case INTEGER, NUMBER, FLOATING -> Optional.of(NUMBER);
      case DATE, TIMESTAMP -> Optional.of(DATETIME);
      case TIME -> Optional.of(TIME);
      case TEXT -> Optional.of(TEXT);
      case BOOLEAN -> Optional.of(BOOLEAN);
      case UUID -> Optional.of(UUID);
      case BINARY -> Optional.of(BINARY);
      case INTERVAL -> Optional.of(INTERVAL);
      // H2's JSON is PostgreSQL's jsonb or json, which compare otherwise
      case JSON -> Optional.empty();
    };
  }
}
