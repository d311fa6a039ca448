package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A query written for MySQL or MariaDB with its casts' types respelt as H2 types the columns they
 * give there, for the compile-time run in their mode. H2 reads {@code SIGNED} as an {@code INTEGER}
 * and refuses {@code SIGNED INTEGER} and {@code UNSIGNED}, a {@code CHAR} or {@code BINARY} cast
 * without a length is of length 1 there, and its {@code FLOAT} is a double; MariaDB gives a {@code
 * BIGINT} for {@code SIGNED}, {@code UNSIGNED}, {@code INT} and {@code INTEGER}, a {@code VARCHAR}
 * of the value's length for {@code CHAR} and {@code NCHAR}, a {@code VARBINARY} for {@code BINARY}
 * and a single precision {@code FLOAT} (measured on MariaDB 10.11, the view's columns in {@code
 * INFORMATION_SCHEMA.COLUMNS}). A text cast's {@code CHARACTER SET}, which H2 refuses, is left out.
 */
public final class MySqlCastsOnH2 {

  private MySqlCastsOnH2() {}

  /** {@code sql} with each cast's type as H2 gives the column MySQL and MariaDB give. */
  public static String typedAsThere(String sql) {
    List<SqlToken> tokens;
    try {
      tokens = SqlTokenizer.tokenizeAsMySql(sql, true);
    } catch (InvalidQueryException e) {
      // an unclosed quote or comment is reported where the query is parsed
      return sql;
    }
    ForeignTokens code = new ForeignTokens(tokens);
    List<Respelling> respellings = new ArrayList<>();
    for (int i = 1; i < code.size(); i++) {
      if (code.introducesCastType(i - 1)) {
        respelling(code, i).ifPresent(respellings::add);
        characterSet(code, i).ifPresent(respellings::add);
      }
    }
    StringBuilder typed = new StringBuilder(sql);
    // from the last, so that the offsets of those before still hold
    for (int i = respellings.size() - 1; i >= 0; i--) {
      Respelling respelling = respellings.get(i);
      typed.replace(respelling.start(), respelling.end(), respelling.type());
    }
    return typed.toString();
  }

  /** H2's type for the cast type at {@code at} where it differs, and the text it replaces. */
  private static Optional<Respelling> respelling(ForeignTokens code, int at) {
    SqlToken first = code.token(at);
    String type = code.lower(at);
    boolean sized = code.are(at + 1, "(");
    return switch (type) {
      case "signed", "unsigned" -> {
        boolean integer = code.are(at + 1, "int") || code.are(at + 1, "integer");
        SqlToken last = integer ? code.token(at + 1) : first;
        yield Optional.of(new Respelling(first.start(), endOf(last), "BIGINT"));
      }
      case "int", "integer" -> Optional.of(new Respelling(first, "BIGINT"));
      case "char", "nchar" -> Optional.of(new Respelling(first, "VARCHAR"));
      case "binary" -> Optional.of(new Respelling(first, "VARBINARY"));
      case "float" -> sized ? Optional.empty() : Optional.of(new Respelling(first, "REAL"));
      default -> Optional.empty();
    };
  }

  /**
   * The {@code CHARACTER SET name} (or {@code CHARSET name}) after a text cast's type at {@code
   * at}, to be left out: H2 has no such clause in a cast, and the column is text all the same.
   */
  private static Optional<Respelling> characterSet(ForeignTokens code, int at) {
    if (!code.are(at, "char") && !code.are(at, "nchar")) {
      return Optional.empty();
    }
    int after = code.are(at + 1, "(") ? code.afterClosing(at + 1) : at + 1;
    int name = code.are(after, "character", "set") ? after + 2 : after + 1;
    if ((!code.are(after, "character", "set") && !code.are(after, "charset"))
        || name >= code.size()) {
      return Optional.empty();
    }
    return Optional.of(new Respelling(endOf(code.token(after - 1)), endOf(code.token(name)), ""));
  }

  private static int endOf(SqlToken token) {
    return token.start() + token.text().length();
  }

  /** The text from {@code start} to {@code end} of the query, to be spelt {@code type}. */
  private record Respelling(int start, int end, String type) {
    Respelling(SqlToken token, String type) {
      this(token.start(), endOf(token), type);
    }
  }
}
