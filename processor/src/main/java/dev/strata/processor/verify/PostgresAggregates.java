package dev.strata.processor.verify;

import dev.strata.processor.sql.AggregateCalls;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an aggregate that PostgreSQL has for no argument of the type a view's query gives it, where
 * H2 takes it: {@code MAX(flag)} on a boolean, {@code MIN(id)} on a uuid (measured on PostgreSQL
 * 15: {@code function max(boolean) does not exist}). The argument's type is H2's own, asked of the
 * database the query ran on, so a column read through an expression, a subquery, a common table
 * expression or another view is typed as H2 typed it: the query is prepared again with the argument
 * compared to a row, which H2 refuses at once naming the argument's type.
 */
final class PostgresAggregates {

  /** H2's error for two types it cannot compare, whose message names both. */
  private static final int TYPES_NOT_COMPARABLE = 90110;

  private static final Pattern FIRST_TYPE = Pattern.compile("\"([^\"]+)\"");

  /** Per aggregate, the types of argument PostgreSQL 15 has it for. */
  private static final Map<String, Set<ArgumentType>> TAKES = takes();

  private PostgresAggregates() {}

  private static Map<String, Set<ArgumentType>> takes() {
    Set<ArgumentType> ordered =
        Set.of(
            ArgumentType.INTEGER,
            ArgumentType.NUMBER,
            ArgumentType.FLOATING,
            ArgumentType.TEXT,
            ArgumentType.DATE,
            ArgumentType.TIME,
            ArgumentType.TIMESTAMP,
            ArgumentType.INTERVAL);
    Set<ArgumentType> numbers =
        Set.of(ArgumentType.INTEGER, ArgumentType.NUMBER, ArgumentType.FLOATING);
    // a time sums into an interval
    Set<ArgumentType> summed =
        Set.of(
            ArgumentType.INTEGER,
            ArgumentType.NUMBER,
            ArgumentType.FLOATING,
            ArgumentType.INTERVAL,
            ArgumentType.TIME);
    Set<ArgumentType> integers = Set.of(ArgumentType.INTEGER);
    Set<ArgumentType> booleans = Set.of(ArgumentType.BOOLEAN);
    return Map.ofEntries(
        Map.entry("min", ordered),
        Map.entry("max", ordered),
        Map.entry("sum", summed),
        Map.entry("avg", summed),
        Map.entry("bit_and", integers),
        Map.entry("bit_or", integers),
        Map.entry("bool_and", booleans),
        Map.entry("bool_or", booleans),
        Map.entry("every", booleans),
        Map.entry("stddev", numbers),
        Map.entry("stddev_pop", numbers),
        Map.entry("stddev_samp", numbers),
        Map.entry("variance", numbers),
        Map.entry("var_pop", numbers),
        Map.entry("var_samp", numbers));
  }

  /**
   * The first aggregate call of {@code sql} that PostgreSQL refuses for its argument's type, in
   * words that say what to write instead; empty when there is none, or when H2 does not tell the
   * argument's type (a construct of PostgreSQL's own that H2 cannot prepare is left to it).
   */
  static Optional<String> refused(Connection connection, String sql) {
    for (AggregateCalls.Call call : AggregateCalls.of(sql, TAKES.keySet())) {
      Optional<ArgumentType> type = argumentType(connection, call.withArgument(sql, probe(call)));
      if (type.isPresent() && !TAKES.get(call.function()).contains(type.get())) {
        return Optional.of(AggregateAdvice.describe(call, type.get()));
      }
    }
    return Optional.empty();
  }

  private static String probe(AggregateCalls.Call call) {
    return "(" + call.argument() + ") = ROW(0, 0)";
  }

  /** The argument's type, from H2's refusal of the probe; empty if it says none. */
  private static Optional<ArgumentType> argumentType(Connection connection, String probe) {
    try (PreparedStatement prepared = connection.prepareStatement(probe)) {
      return Optional.empty();
    } catch (SQLException e) {
      Matcher type = FIRST_TYPE.matcher(String.valueOf(e.getMessage()));
      return e.getErrorCode() == TYPES_NOT_COMPARABLE && type.find()
          ? ArgumentType.ofH2(type.group(1))
          : Optional.empty();
    } catch (StackOverflowError e) {
      // the query ran already: a probe that H2 cannot plan tells nothing
      return Optional.empty();
    }
  }

  /** The families of H2's types between which PostgreSQL's aggregates differ. */
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
      if (type.endsWith(" ARRAY") || type.startsWith("ROW")) {
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
}
