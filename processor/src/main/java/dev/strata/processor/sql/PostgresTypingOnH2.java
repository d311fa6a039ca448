package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A query written for PostgreSQL with the calls whose result H2 types otherwise wrapped in a cast
 * to the type PostgreSQL gives, for the compile-time run in its mode. H2 gives a {@code BIGINT} for
 * {@code CHAR_LENGTH}, {@code CHARACTER_LENGTH}, {@code LENGTH} and {@code OCTET_LENGTH}, where
 * PostgreSQL gives an {@code integer}, and an {@code INTEGER} for {@code EXTRACT}, where PostgreSQL
 * gives a {@code numeric}; arithmetic on them is typed alike on both from there (measured on
 * PostgreSQL 15, the view's columns in {@code information_schema.columns}).
 */
public final class PostgresTypingOnH2 {

  private static final Set<String> LENGTHS =
      Set.of("char_length", "character_length", "length", "octet_length");

  private PostgresTypingOnH2() {}

  /** {@code sql} with each such call typed as PostgreSQL types it. */
  public static String typedAsThere(String sql) {
    List<SqlToken> tokens;
    try {
      tokens = SqlTokenizer.tokenizeAsPostgres(sql);
    } catch (InvalidQueryException e) {
      // an unclosed quote or comment is reported where the query is parsed
      return sql;
    }
    ForeignTokens code = new ForeignTokens(tokens);
    List<Insertion> insertions = new ArrayList<>();
    for (int i = 0; i + 1 < code.size(); i++) {
      String type = castType(code, i);
      if (type != null) {
        SqlToken closing = code.token(code.afterClosing(i + 1) - 1);
        insertions.add(new Insertion(code.token(i).start(), "CAST("));
        insertions.add(new Insertion(closing.start() + 1, " AS " + type + ")"));
      }
    }
    // from the last offset, so that those before still hold, a call inside a call included
    insertions.sort(Comparator.comparingInt(Insertion::at).reversed());
    StringBuilder typed = new StringBuilder(sql);
    insertions.forEach(insertion -> typed.insert(insertion.at(), insertion.text()));
    return typed.toString();
  }

  /** The type to cast the call at {@code at} to, or null if it is no such call. */
  private static String castType(ForeignTokens code, int at) {
    if (code.kind(at) != SqlToken.Kind.WORD
        || !code.are(at + 1, "(")
        || code.are(at - 1, ".")
        || !code.token(code.afterClosing(at + 1) - 1).text().equals(")")) {
      return null;
    }
    String name = code.lower(at);
    if (LENGTHS.contains(name)) {
      return "INTEGER";
    }
    // a precision H2's PostgreSQL mode keeps, where it reads a bare NUMERIC as a DECFLOAT
    return name.equals("extract") ? "NUMERIC(1000, 500)" : null;
  }

  /** Text to insert into the query at offset {@code at}. */
  private record Insertion(int at, String text) {}
}
