package dev.strata.processor.verify;

import dev.strata.processor.sql.CaseResults;
import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.SetOperationColumns;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds values that PostgreSQL must give one type and cannot, where H2 takes them: the arguments of
 * {@code COALESCE}, {@code GREATEST} and {@code LEAST}, the results of a {@code CASE} and a column
 * of the two queries of a {@code UNION}, {@code INTERSECT} or {@code EXCEPT} (measured on
 * PostgreSQL 15). Values of two categories ({@code COALESCE(qty, label)}: {@code COALESCE types
 * integer and character varying cannot be matched}), and a string literal that the others' type
 * cannot read ({@code COALESCE(qty, 'none')}: {@code invalid input syntax for type integer:
 * "none"}), where H2 types the whole as one of them and converts at run time. A literal is judged
 * for numbers, booleans and uuids only, whose text PostgreSQL's input reads by rules simple enough
 * to follow here; a date's or a time's, of many forms, is left to PostgreSQL. The values' types are
 * H2's ({@link H2ArgumentTypes}).
 */
final class PostgresCommonTypes {

  private static final Set<String> FUNCTIONS = Set.of("coalesce", "greatest", "least");

  private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?[0-9]+\\s*");

  private static final Pattern NUMBER =
      Pattern.compile(
          "\\s*([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?|[+-]?inf(inity)?|nan)\\s*",
          Pattern.CASE_INSENSITIVE);

  /** PostgreSQL's boolean input: these words and their unique prefixes, and 1 and 0. */
  private static final Pattern BOOLEAN =
      Pattern.compile(
          "\\s*(t|tr|tru|true|f|fa|fal|fals|false|y|ye|yes|n|no|on|of|off|1|0)\\s*",
          Pattern.CASE_INSENSITIVE);

  /** A uuid's 32 hexadecimal digits, once its braces and hyphens are taken out. */
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{32}", Pattern.CASE_INSENSITIVE);

  private PostgresCommonTypes() {}

  /** One value and its type, where H2 tells it. */
  record Typed(Argument value, ArgumentType type) {}

  /**
   * The first set of values in {@code sql} that PostgreSQL cannot give one type, in words that say
   * what to write instead; empty when there is none.
   */
  static Optional<String> refused(Connection connection, String sql) {
    for (FunctionCalls.Call call : FunctionCalls.of(sql, FUNCTIONS)) {
      Argument written = new Argument(call.call(), call.start(), false);
      Optional<String> refused =
          refused(connection, sql, written, call.function(), call.arguments());
      if (refused.isPresent()) {
        return refused;
      }
    }
    for (SetOperationColumns.Column column : SetOperationColumns.of(sql)) {
      Optional<String> refused =
          refused(connection, sql, column.written(), "union", column.values());
      if (refused.isPresent()) {
        return refused;
      }
    }
    for (CaseResults.Case expression : CaseResults.of(sql)) {
      Argument written = new Argument(expression.text(), expression.start(), false);
      Optional<String> refused = refused(connection, sql, written, "case", expression.results());
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> refused(
      Connection connection, String sql, Argument written, String what, List<Argument> values) {
    List<Typed> typed = new ArrayList<>();
    for (Argument value : values) {
      H2ArgumentTypes.typeOf(connection, sql, value)
          .ifPresent(type -> typed.add(new Typed(value, type)));
    }
    // H2 types a difference of dates as an interval, PostgreSQL as an integer: left to it
    if (typed.isEmpty()
        || typed.stream().anyMatch(value -> value.type() == ArgumentType.INTERVAL)) {
      return Optional.empty();
    }
    Typed first = typed.get(0);
    Optional<PostgresCategory> category = PostgresCategory.of(first.type());
    for (Typed other : typed) {
      Optional<PostgresCategory> its = PostgresCategory.of(other.type());
      if (category.isEmpty() || its.isEmpty()) {
        return Optional.empty();
      }
      if (its.get() != category.get()) {
        return Optional.of(CommonTypeAdvice.mixed(written, what, first, other.type(), typed));
      }
    }
    for (Argument value : values) {
      if (value.untyped() && !reads(first.type(), value.text())) {
        return Optional.of(CommonTypeAdvice.unreadable(written, first, value, typed));
      }
    }
    return Optional.empty();
  }

  /** Whether PostgreSQL reads the string literal {@code literal} as a value of {@code type}. */
  private static boolean reads(ArgumentType type, String literal) {
    if (!literal.startsWith("'")) {
      // an escape or dollar-quoted string, whose text is left to PostgreSQL
      return true;
    }
    String text = literal.substring(1, literal.length() - 1);
    return switch (type) {
      case INTEGER -> INTEGER.matcher(text).matches();
      case NUMBER, FLOATING -> NUMBER.matcher(text).matches();
      case BOOLEAN -> BOOLEAN.matcher(text).matches();
      case UUID -> UUID.matcher(text.replaceAll("[{}-]", "")).matches();
      // dates, times and the rest have inputs of many forms, left to PostgreSQL
      default -> true;
    };
  }
}
