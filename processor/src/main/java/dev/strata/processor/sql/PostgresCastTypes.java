package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The types that H2 and MySQL take in a cast ({@code CAST(x AS DATETIME)}, {@code x::tinyint}) and
 * PostgreSQL does not have ({@code type "datetime" does not exist}), each with the type to write
 * instead; measured on PostgreSQL 15 ({@code ForeignSyntaxOracleTest}). {@code SIGNED} and {@code
 * UNSIGNED} have a message of their own; a type an extension may add ({@code geometry}) is left to
 * the database.
 */
final class PostgresCastTypes {

  private static final String TEXT = "write TEXT, or VARCHAR(n) for at most n characters";
  private static final String BYTES = "write BYTEA";

  private static final Map<String, String> INSTEAD =
      Map.ofEntries(
          Map.entry("double", "write DOUBLE PRECISION"),
          Map.entry("datetime", "write TIMESTAMP, or TIMESTAMP(n) for n digits of a second"),
          Map.entry("tinyint", "write SMALLINT"),
          Map.entry("mediumint", "write INTEGER"),
          Map.entry("number", "write NUMERIC(p, s)"),
          Map.entry("decfloat", "write NUMERIC"),
          Map.entry("year", "write INTEGER, or EXTRACT(YEAR FROM x) of a date"),
          Map.entry("nvarchar", TEXT),
          Map.entry("varchar2", TEXT),
          Map.entry("varchar_ignorecase", TEXT),
          Map.entry("clob", TEXT),
          Map.entry("longvarchar", TEXT),
          Map.entry("tinytext", TEXT),
          Map.entry("mediumtext", TEXT),
          Map.entry("longtext", TEXT),
          Map.entry("blob", BYTES),
          Map.entry("binary", BYTES),
          Map.entry("varbinary", BYTES),
          Map.entry("longvarbinary", BYTES));

  private PostgresCastTypes() {}

  /**
   * The refusal of the cast whose type starts at {@code at}, after a {@code CAST}'s {@code AS} or a
   * {@code ::}, if PostgreSQL lacks the type.
   */
  static Optional<String> refused(ForeignTokens code, int at) {
    if (code.kind(at) != SqlToken.Kind.WORD) {
      return Optional.empty();
    }
    String type = code.lower(at);
    String insteadOf =
        code.are(at, "double", "precision")
            ? null
            : code.are(at, "character", "large", "object") ? TEXT : INSTEAD.get(type);
    if (insteadOf == null) {
      return Optional.empty();
    }
    String spelt = code.are(at, "character", "large", "object") ? "character large object" : type;
    return Optional.of(
        "a cast to "
            + spelt.toUpperCase(Locale.ROOT)
            + ", a type PostgreSQL does not have: "
            + insteadOf);
  }
}
