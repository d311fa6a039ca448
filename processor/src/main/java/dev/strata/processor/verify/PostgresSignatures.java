package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a call of a function that PostgreSQL has, but not for the type of argument a view's query
 * gives it, where H2 takes it (measured on PostgreSQL 15, each function on each type of column):
 * PostgreSQL's functions of text take text only, where H2 reads a number's or a date's text ({@code
 * LENGTH(id)}: {@code function length(integer) does not exist}); its {@code round} and {@code
 * trunc} to n places, {@code mod} and {@code log} of a base take no double precision or real
 * ({@code ROUND(price, 2)}: {@code function round(double precision, integer) does not exist}); and
 * its {@code to_char} takes a format always. The argument's type is H2's ({@link H2ArgumentTypes}),
 * except where H2 types a number otherwise than PostgreSQL ({@link PostgresFloating}).
 */
final class PostgresSignatures {

  /** What PostgreSQL's function needs of its arguments. */
  enum Need {
    /** Text: the listed arguments must be text. */
    TEXT,
    /** An exact number: the listed arguments must be integers or numerics. */
    EXACT_NUMBER,
    /** A format: a call of one argument is refused whatever its type. */
    FORMAT
  }

  /**
   * A function's rule.
   *
   * @param need what it needs
   * @param arity the number of arguments the rule is for; 0 for any
   * @param checked the positions of the arguments it is for, {@code -1} for the last; a position
   *     past a call's arguments is skipped
   */
  record Rule(Need need, int arity, List<Integer> checked) {

    /**
     * The arguments of {@code call} the rule judges: none if it has another number of them, and
     * never a string literal alone, which PostgreSQL types as the function asks.
     */
    List<Argument> judged(Call call) {
      List<Argument> arguments = call.arguments();
      if (arity != 0 && arguments.size() != arity) {
        return List.of();
      }
      List<Argument> judged = new ArrayList<>();
      for (int position : checked) {
        if (position < arguments.size()) {
          Argument argument = arguments.get(position < 0 ? arguments.size() - 1 : position);
          if (!argument.untyped()) {
            judged.add(argument);
          }
        }
      }
      return judged;
    }
  }

  private static final Map<String, Rule> RULES = rules();

  private PostgresSignatures() {}

  private static Map<String, Rule> rules() {
    Rule firstIsText = new Rule(Need.TEXT, 0, List.of(0));
    // the text and its fill: LPAD(code, 5, '0')
    Rule padded = new Rule(Need.TEXT, 0, List.of(0, 2));
    // the text, what to find and what to put: REPLACE(code, '-', '')
    Rule allText = new Rule(Need.TEXT, 0, List.of(0, 1, 2));
    Rule exactNumbers = new Rule(Need.EXACT_NUMBER, 2, List.of(0, 1));
    return Map.ofEntries(
        Map.entry("length", firstIsText),
        Map.entry("char_length", firstIsText),
        Map.entry("character_length", firstIsText),
        Map.entry("octet_length", firstIsText),
        Map.entry("bit_length", firstIsText),
        Map.entry("upper", firstIsText),
        Map.entry("lower", firstIsText),
        Map.entry("left", firstIsText),
        Map.entry("right", firstIsText),
        Map.entry("substring", firstIsText),
        Map.entry("substr", firstIsText),
        Map.entry("lpad", padded),
        Map.entry("rpad", padded),
        Map.entry("ltrim", firstIsText),
        Map.entry("rtrim", firstIsText),
        Map.entry("btrim", firstIsText),
        Map.entry("replace", allText),
        Map.entry("translate", allText),
        Map.entry("regexp_replace", allText),
        Map.entry("string_agg", new Rule(Need.TEXT, 2, List.of(0))),
        Map.entry("repeat", firstIsText),
        Map.entry("ascii", firstIsText),
        // TRIM(LEADING '0' FROM x): the text trimmed is the last argument
        Map.entry("trim", new Rule(Need.TEXT, 0, List.of(-1))),
        Map.entry("position", new Rule(Need.TEXT, 2, List.of(0, 1))),
        Map.entry("round", new Rule(Need.EXACT_NUMBER, 2, List.of(0))),
        Map.entry("trunc", new Rule(Need.EXACT_NUMBER, 2, List.of(0))),
        Map.entry("mod", exactNumbers),
        Map.entry("log", exactNumbers),
        Map.entry("to_char", new Rule(Need.FORMAT, 1, List.of(0))));
  }

  /**
   * The first call of {@code sql} that PostgreSQL refuses for its arguments' types, in words that
   * say what to write instead; empty when there is none, or when H2 does not tell an argument's
   * type (a construct of PostgreSQL's own that H2 cannot prepare is left to it).
   */
  static Optional<String> refused(Connection connection, String sql) {
    for (Call call : FunctionCalls.of(sql, RULES.keySet())) {
      Rule rule = RULES.get(call.function());
      for (Argument argument : rule.judged(call)) {
        Optional<ArgumentType> type = typeOnPostgres(connection, sql, rule.need(), argument);
        if (type.isPresent() && refuses(rule.need(), type.get())) {
          return Optional.of(SignatureAdvice.describe(call, rule.need(), argument, type.get()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ArgumentType> typeOnPostgres(
      Connection connection, String sql, Need need, Argument argument) {
    return need == Need.EXACT_NUMBER
        ? PostgresFloating.typeOf(connection, sql, argument)
        : H2ArgumentTypes.typeOf(connection, sql, argument);
  }

  private static boolean refuses(Need need, ArgumentType type) {
    return switch (need) {
      case TEXT -> type != ArgumentType.TEXT;
      case EXACT_NUMBER -> type != ArgumentType.INTEGER && type != ArgumentType.NUMBER;
      case FORMAT -> true;
    };
  }
}
