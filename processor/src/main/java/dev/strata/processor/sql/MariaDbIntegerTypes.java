package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integer type MariaDB gives a select item of integer arithmetic, which H2 types otherwise.
 * MariaDB works out each expression's display width from its operands' and returns an {@code int}
 * up to 9 digits and a {@code bigint} beyond, where H2 keeps the wider operand's type: {@code qty +
 * 1} of an {@code INT} is a {@code bigint} there and an {@code INTEGER} on H2, {@code -small} of a
 * {@code SMALLINT} an {@code int} there and a {@code SMALLINT} on H2, and {@code
 * COALESCE(CHAR_LENGTH(name), 0)} an {@code int} there and a {@code BIGINT} on H2. Measured on
 * MariaDB 10.11, a view's columns in {@code information_schema.columns}, which Hibernate's
 * validation reads ({@code MariaDbIntegerTypesOracleTest}). Read from the item's canonical text,
 * over columns of known types and integer literals; anything else is left to H2's type.
 */
public final class MariaDbIntegerTypes {

  /** The display width of each integer type of a column, its sign included. */
  private static final Map<String, Integer> COLUMN_WIDTHS =
      Map.of("TINYINT", 4, "SMALLINT", 6, "MEDIUMINT", 9, "INT", 11, "INTEGER", 11, "BIGINT", 20);

  /** The integer types, narrowest first, as H2 names them. */
  private static final List<String> NARROWEST_FIRST =
      List.of("TINYINT", "SMALLINT", "MEDIUMINT", "INTEGER", "BIGINT");

  /** The functions that round a number to an integer. */
  private static final Set<String> ROUNDING = Set.of("floor", "ceil", "ceiling");

  private static final Pattern DECIMAL =
      Pattern.compile("(?:DECIMAL|NUMERIC|DEC)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

  /** The widest display width of MariaDB's {@code int}; wider arithmetic is a {@code bigint}. */
  private static final int WIDEST_INT = 9;

  /** The length functions' display width: an {@code int(10)}. */
  private static final int LENGTH_WIDTH = 10;

  /**
   * An operand: its display width, whether it is unsigned, the type it keeps where it passes a
   * column's or a function's type through (null for arithmetic, typed by its width), and whether it
   * is a column, which {@code MAX} passes through.
   */
  private record Operand(int width, boolean unsigned, String type, boolean column) {

    Operand(int width, boolean unsigned, String type) {
      this(width, unsigned, type, false);
    }

    int digits() {
      return unsigned ? width : width - 1;
    }

    static Operand ofDigits(int digits, boolean unsigned) {
      return new Operand(unsigned ? digits : digits + 1, unsigned, null);
    }

    /** As H2 names it: MariaDB's {@code mediumint} is among H2's {@code INTEGER}s. */
    String resultType() {
      String named = type != null ? type : width <= WIDEST_INT ? "INTEGER" : "BIGINT";
      return named.equals("MEDIUMINT") ? "INTEGER" : named;
    }
  }

  private final List<SqlToken> tokens;
  private final Function<String, Optional<String>> columnTypes;
  private int position;

  private MariaDbIntegerTypes(List<SqlToken> tokens, Function<String, Optional<String>> columns) {
    this.tokens = tokens;
    this.columnTypes = columns;
  }

  /**
   * Whether {@code query} reads tables and views alone, no subquery nor common table expression, so
   * that the names of the columns its items read are those of the relations it reads: only then are
   * its items typed here ({@link #of}).
   */
  public static boolean readsRelationsOnly(String query) {
    List<SqlToken> tokens;
    try {
      tokens = SqlTokenizer.tokenizeAsMySql(query, true);
    } catch (InvalidQueryException e) {
      return false;
    }
    long selects = tokens.stream().filter(token -> token.is("select")).count();
    return selects == 1 && tokens.stream().noneMatch(token -> token.is("with"));
  }

  /**
   * MariaDB's type of {@code canonicalItem}, a select item of a query that {@link
   * #readsRelationsOnly} ({@code INTEGER} or {@code BIGINT}, as H2 names them), where it is integer
   * arithmetic, an {@code ABS}, a length, a {@code COALESCE}, {@code IFNULL}, {@code CASE} or
   * {@code IF}, a {@code FLOOR} or {@code CEIL}, or a {@code MAX} or {@code MIN} of such; empty for
   * anything else, a column passed through included.
   *
   * @param columnTypes the declared type of a column of the tables and views the query reads, by
   *     name; empty where none or several types go by that name
   */
  public static Optional<String> of(
      String canonicalItem, Function<String, Optional<String>> columnTypes) {
    List<SqlToken> item = MySqlColumnTypes.expression(canonicalItem);
    if (item.isEmpty() || isColumn(item)) {
      return Optional.empty();
    }
    MariaDbIntegerTypes reader = new MariaDbIntegerTypes(item, columnTypes);
    Operand operand = reader.sum();
    return operand == null || reader.position != item.size()
        ? Optional.empty()
        : Optional.of(operand.resultType());
  }

  private static boolean isColumn(List<SqlToken> item) {
    return item.size() == 1 || (item.size() == 3 && item.get(1).is("."));
  }

  // sum := product (('+' | '-') product)*
  private Operand sum() {
    Operand left = product();
    while (left != null && (at("+") || at("-"))) {
      position++;
      Operand right = product();
      left =
          right == null
              ? null
              : Operand.ofDigits(
                  Math.max(left.digits(), right.digits()) + 1, left.unsigned() && right.unsigned());
    }
    return left;
  }

  // product := negation (('*' | '%' | DIV | MOD) negation)*
  private Operand product() {
    Operand left = negation();
    while (left != null && (at("*") || at("%") || at("div") || at("mod"))) {
      boolean times = at("*");
      boolean div = at("div");
      position++;
      Operand right = negation();
      if (right == null) {
        return null;
      }
      boolean unsigned = left.unsigned() && right.unsigned();
      left =
          times
              ? Operand.ofDigits(left.digits() + right.digits(), unsigned)
              : div ? new Operand(left.digits(), unsigned, null) : remainder(left, right);
    }
    return left;
  }

  // as wide as the wider operand, signed as the left one
  private static Operand remainder(Operand left, Operand right) {
    return new Operand(Math.max(left.width(), right.width()), left.unsigned(), null);
  }

  // negation := '-' negation | primary
  private Operand negation() {
    if (at("-")) {
      position++;
      Operand operand = negation();
      return operand == null ? null : new Operand(operand.width() + 1, false, null);
    }
    return primary();
  }

  private Operand primary() {
    if (position >= tokens.size()) {
      return null;
    }
    SqlToken token = tokens.get(position);
    if (token.kind() == SqlToken.Kind.NUMBER) {
      position++;
      return literal(token.text());
    }
    if (token.is("(")) {
      position++;
      Operand inner = sum();
      return closed(inner);
    }
    if (token.is("case")) {
      return caseResults();
    }
    if (token.is("if") && next("(")) {
      return ifResults();
    }
    if (token.kind() == SqlToken.Kind.WORD && next("(")) {
      return call(token.canonicalText());
    }
    return column();
  }

  /** A {@code CASE}'s: the widest type of its results, as a {@code COALESCE}'s. */
  private Operand caseResults() {
    int depth = 0;
    for (int end = position; end < tokens.size(); end++) {
      depth += tokens.get(end).is("case") ? 1 : tokens.get(end).is("end") ? -1 : 0;
      if (depth == 0) {
        List<SqlToken> whole = tokens.subList(position, end + 1);
        position = end + 1;
        return widestOf(MySqlColumnTypes.results(whole));
      }
    }
    return null;
  }

  /** An {@code IF(condition, a, b)}'s: the wider type of {@code a} and {@code b}. */
  private Operand ifResults() {
    int close = MySqlColumnTypes.closing(tokens, position + 1);
    if (close < 0) {
      return null;
    }
    List<List<SqlToken>> arguments =
        MySqlColumnTypes.arguments(tokens.subList(position + 2, close));
    position = close + 1;
    return arguments.size() == 3 ? widestOf(arguments.subList(1, 3)) : null;
  }

  /** The widest type of {@code expressions}, each read whole; null if one cannot be. */
  private Operand widestOf(List<List<SqlToken>> expressions) {
    List<Operand> operands = new ArrayList<>();
    for (List<SqlToken> expression : expressions) {
      MariaDbIntegerTypes reader = new MariaDbIntegerTypes(expression, columnTypes);
      Operand operand = reader.sum();
      if (operand == null || reader.position != expression.size()) {
        return null;
      }
      operands.add(operand);
    }
    return operands.isEmpty() ? null : widest(operands);
  }

  /** A signed integer of as many digits as its value has, leading zeros left out. */
  private static Operand literal(String text) {
    String digits = text.replaceFirst("^0+(?=.)", "");
    // up to 18 digits; a decimal, an exponent or a longer one is no integer there
    if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 18) {
      return null;
    }
    return Operand.ofDigits(digits.length(), false);
  }

  private Operand call(String function) {
    if (PostgresTypingOnH2.LENGTHS.contains(function)) {
      // an int(10) whatever it measures
      int close = MySqlColumnTypes.closing(tokens, position + 1);
      position = close < 0 ? tokens.size() : close + 1;
      return close < 0 ? null : new Operand(LENGTH_WIDTH, false, "INTEGER");
    }
    if (ROUNDING.contains(function)) {
      return rounded();
    }
    position += 2;
    List<Operand> arguments = new ArrayList<>();
    do {
      if (!arguments.isEmpty()) {
        position++;
      }
      Operand argument = sum();
      if (argument == null) {
        return null;
      }
      arguments.add(argument);
    } while (at(","));
    return closed(called(function, arguments));
  }

  /**
   * {@code FLOOR} or {@code CEIL} of a column: of an integer one, its type; of a {@code DECIMAL(p,
   * s)}, an integer of its whole digits and one more where it has a fraction, an {@code int} up to
   * 9 digits and a {@code bigint} up to 18 (a {@code decimal} beyond, left to H2).
   */
  private Operand rounded() {
    position += 2;
    int start = position;
    Operand integer = column();
    if (integer != null) {
      return closed(new Operand(integer.width(), integer.unsigned(), integer.type()));
    }
    position = start;
    Optional<int[]> decimal = decimalColumn();
    if (decimal.isEmpty()) {
      return null;
    }
    int precision = decimal.get()[0];
    int scale = decimal.get()[1];
    int digits = precision - scale + (scale > 0 ? 1 : 0);
    if (digits > 18) {
      return null;
    }
    return closed(new Operand(digits + 1, false, digits <= 9 ? "INTEGER" : "BIGINT"));
  }

  /** The precision and scale of the {@code DECIMAL} or {@code NUMERIC} column named here. */
  private Optional<int[]> decimalColumn() {
    String name = columnName();
    if (name == null) {
      return Optional.empty();
    }
    return columnTypes
        .apply(name)
        .map(DECIMAL::matcher)
        .filter(Matcher::matches)
        .map(
            matcher ->
                new int[] {
                  Integer.parseInt(matcher.group(1)),
                  matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2))
                });
  }

  private static Operand called(String function, List<Operand> arguments) {
    Operand first = arguments.get(0);
    boolean one = arguments.size() == 1;
    return switch (function) {
      case "abs" -> one ? new Operand(first.width(), first.unsigned(), null) : null;
      case "mod" -> arguments.size() == 2 ? remainder(first, arguments.get(1)) : null;
      case "coalesce", "ifnull" -> widest(arguments);
      // of a column, its type; of anything else, a bigint
      case "max", "min" ->
          one ? new Operand(first.width(), false, first.column() ? first.type() : "BIGINT") : null;
      default -> null;
    };
  }

  /** A COALESCE's: the widest type of its arguments, a literal an {@code int}. */
  private static Operand widest(List<Operand> arguments) {
    int type = -1;
    int width = 0;
    for (Operand argument : arguments) {
      String named = argument.type != null ? argument.type : argument.resultType();
      type = Math.max(type, NARROWEST_FIRST.indexOf(named));
      width = Math.max(width, argument.width());
    }
    return type < 0 ? null : new Operand(width, false, NARROWEST_FIRST.get(type));
  }

  private Operand column() {
    String name = columnName();
    return name == null
        ? null
        : columnTypes.apply(name).map(MariaDbIntegerTypes::ofColumn).orElse(null);
  }

  /** The name of the column named here, qualified or not, without its qualifier; null if none. */
  private String columnName() {
    int start = position;
    while (position < tokens.size()
        && (tokens.get(position).kind() == SqlToken.Kind.WORD
            || tokens.get(position).kind() == SqlToken.Kind.QUOTED_IDENTIFIER)) {
      position++;
      if (!at(".")) {
        break;
      }
      position++;
    }
    if (position == start) {
      return null;
    }
    String name = RelationScanner.unquotedText(tokens.get(position - 1)).toLowerCase(Locale.ROOT);
    return PostgresTypingOnH2.LENGTHS.contains(name) ? null : name;
  }

  private static Operand ofColumn(String declared) {
    String type = declared.toUpperCase(Locale.ROOT).replaceAll("\\s*\\(\\s*\\d+\\s*\\)$", "");
    Integer width = COLUMN_WIDTHS.get(type);
    return width == null
        ? null
        : new Operand(width, false, type.equals("INT") ? "INTEGER" : type, true);
  }

  private Operand closed(Operand inner) {
    if (inner == null || !at(")")) {
      return null;
    }
    position++;
    return inner;
  }

  private boolean at(String text) {
    return position < tokens.size() && tokens.get(position).is(text);
  }

  private boolean next(String text) {
    return position + 1 < tokens.size() && tokens.get(position + 1).is(text);
  }
}
