package dev.strata.runtime.internal.execution;

import java.util.Set;

/**
 * Tells an END that closes a compound block or a CASE from one that names a column or a table
 * ({@code end}, which MariaDB allows unquoted), by what comes before it. Where unsure it closes: an
 * END read as a name keeps its block open, and a statement after it would be read as inside.
 */
final class BlockEnd {

  // after these an expression wants an operand, which a CASE's END cannot be: WHEN end > 1
  private static final Set<String> BEFORE_OPERAND =
      Set.of(
          "CASE", "WHEN", "THEN", "ELSE", "AND", "OR", "NOT", "XOR", "IS", "LIKE", "BETWEEN", "DIV",
          "MOD", "=", "<", ">", "+", "-", "*", "/", "%", ",", "(", "|", "&", "^", "~", "!", ":=");

  // after these a compound block's END can come: the end of its last statement, or an empty block
  private static final Set<String> BEFORE_BLOCK_END = Set.of(";", "BEGIN", "ATOMIC");

  private BlockEnd() {}

  /**
   * Whether an END closes {@code block}, the innermost one open (null if none): a CASE or a REPEAT
   * ({@code UNTIL x > 5 END REPEAT}) after an operand ({@code THEN 'x' END}), any other block after
   * a statement's semicolon, and none at a dot ({@code spans.end}, {@code end.id}).
   *
   * @param previous the word (upper case) or symbol before the END
   * @param dotFollows whether a dot comes right after it
   */
  static boolean closes(String block, String previous, boolean dotFollows) {
    if (previous.equals(".") || dotFollows) {
      return false;
    }
    if (block == null) {
      return true;
    }
    return block.equals("CASE") || block.equals("REPEAT")
        ? !BEFORE_OPERAND.contains(previous)
        : BEFORE_BLOCK_END.contains(previous);
  }
}
