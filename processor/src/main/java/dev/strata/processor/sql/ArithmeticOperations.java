package dev.strata.processor.sql;

import dev.strata.processor.sql.FunctionCalls.Argument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arithmetic in a query written for PostgreSQL ({@code +}, {@code -}, {@code *}, {@code /},
 * {@code %}) and its concatenation ({@code ||}), each operation with its two operands and where
 * each one stands in the text, so that their types can be asked of the database that ran the query
 * ({@code seen + 1}, {@code label * 2}, {@code qty || qty}). The operands follow PostgreSQL's
 * precedence: {@code *}, {@code /} and {@code %} bind more tightly than {@code +} and {@code -},
 * which bind more tightly than {@code ||}, which binds more tightly than the comparisons, and each
 * binds to the left ({@code a - b + c} adds {@code c} to {@code a - b}). A sign ({@code -1}, {@code
 * a * -b}) and the star of {@code COUNT(*)} and {@code SELECT *} have no left operand and are none
 * here; a signed right operand ({@code born + -1}) and a CASE ({@code CASE ... END + 1}) are whole
 * operands.
 */
public final class ArithmeticOperations {

  private static final Set<String> ADDITIVE = Set.of("+", "-");

  private static final Set<String> MULTIPLICATIVE = Set.of("*", "/", "%");

  private static final String CONCATENATION = "||";

  /** The operators that bind less tightly than the others here. */
  private static final Set<String> COMPARISONS =
      Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "like", "ilike");

  /** The operators that bind less tightly than arithmetic: comparisons and the others. */
  private static final Set<String> LOOSER = union(COMPARISONS, Set.of(CONCATENATION));

  private static final Set<String> LOOSER_THAN_PRODUCTS = union(LOOSER, ADDITIVE);

  private static final Set<String> ANY_ARITHMETIC = union(LOOSER_THAN_PRODUCTS, MULTIPLICATIVE);

  /**
   * How an operator binds: its left operand starts after one of {@code leftStops}, those that bind
   * less tightly; its right operand ends at one of {@code rightStops}, which are those and the
   * operators of its own precedence too, as it binds to the left.
   */
  private record Binding(Set<String> leftStops, Set<String> rightStops) {}

  private static final Map<String, Binding> BINDINGS = bindings();

  private ArithmeticOperations() {}

  /**
   * One operation.
   *
   * @param operator the operator
   * @param left the operand before it
   * @param right the operand after it
   */
  public record Operation(String operator, Argument left, Argument right) {}

  /**
   * The operations of {@code sql}, in the order written; none when the query cannot be read (an
   * unclosed quote is reported where it is parsed).
   */
  public static List<Operation> of(String sql) {
    Optional<ForeignTokens> tokens = ForeignTokens.ofPostgres(sql);
    if (tokens.isEmpty()) {
      return List.of();
    }
    ForeignTokens code = tokens.get();
    List<Operation> operations = new ArrayList<>();
    for (int at = 1; at + 1 < code.size(); at++) {
      String operator = code.lower(at);
      Binding binding = BINDINGS.get(operator);
      if (binding == null) {
        continue;
      }
      int leftStart = Operands.leftStart(code, at, binding.leftStops());
      // a signed right operand, born + -1, goes on past its sign
      int rightStart = signs(code, at + 1) ? at + 2 : at + 1;
      int rightEnd = Operands.rightEnd(code, rightStart, binding.rightStops());
      if (leftStart < at && rightEnd > rightStart) {
        operations.add(
            new Operation(
                operator,
                FunctionCalls.argument(sql, code, leftStart, at),
                FunctionCalls.argument(sql, code, at + 1, rightEnd)));
      }
    }
    return List.copyOf(operations);
  }

  /** Whether the token at {@code at}, right after an operator, is a sign: {@code born + -1}. */
  private static boolean signs(ForeignTokens code, int at) {
    return ADDITIVE.contains(code.lower(at)) && code.kind(at) == SqlToken.Kind.SYMBOL;
  }

  private static Map<String, Binding> bindings() {
    Map<String, Binding> bindings = new HashMap<>();
    MULTIPLICATIVE.forEach(
        operator -> bindings.put(operator, new Binding(LOOSER_THAN_PRODUCTS, ANY_ARITHMETIC)));
    ADDITIVE.forEach(operator -> bindings.put(operator, new Binding(LOOSER, LOOSER_THAN_PRODUCTS)));
    bindings.put(CONCATENATION, new Binding(COMPARISONS, LOOSER));
    return Map.copyOf(bindings);
  }

  private static Set<String> union(Set<String> first, Set<String> second) {
    Set<String> union = new HashSet<>(first);
    union.addAll(second);
    return Set.copyOf(union);
  }
}
