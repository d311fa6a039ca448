package dev.strata.processor.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A MySQL character set introducer and the literal it introduces, where the tokenizer left them two
 * tokens: after a comment ({@code _utf8mb4 /* c *}{@code / 'z'}, {@code _utf8mb4 # c} and a line
 * feed, or the code of an executable comment), or before a hex or bit literal ({@code _binary
 * x'41'}, {@code _latin1 0x41}, {@code _utf8mb4 b'1'}). MariaDB 10.11 reads each as one literal, so
 * its view reads no column {@code _utf8mb4}; the introducer is no name here either.
 */
final class Introducers {

  private Introducers() {}

  /**
   * The code with each introducer and its literal one string token, {@code _binary x '41'}: the
   * pieces' canonical texts, so that the literal's select item reads as before.
   */
  static List<SqlToken> joined(List<SqlToken> code) {
    List<SqlToken> joined = null;
    for (int i = 0; i < code.size(); i++) {
      SqlToken token = code.get(i);
      boolean introduces = i + 1 < code.size() && introduces(token, code.get(i + 1));
      if (introduces && joined == null) {
        joined = new ArrayList<>(code.subList(0, i));
      }
      if (introduces) {
        String text = token.canonicalText() + " " + code.get(i + 1).canonicalText();
        joined.add(new SqlToken(SqlToken.Kind.STRING, text, token.spaced(), token.start()));
        i++;
      } else if (joined != null) {
        joined.add(token);
      }
    }
    // most queries have none: their tokens are returned as they are
    return joined == null ? code : joined;
  }

  private static boolean introduces(SqlToken word, SqlToken literal) {
    if (word.kind() != SqlToken.Kind.WORD
        || !PrefixedStrings.isIntroducer(word.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String text = literal.text();
    if (literal.kind() == SqlToken.Kind.STRING) {
      String lower = text.toLowerCase(Locale.ROOT);
      return text.startsWith("'") || lower.startsWith("x'") || lower.startsWith("b'");
    }
    return literal.kind() == SqlToken.Kind.NUMBER
        && (text.matches("0x[0-9a-fA-F]+") || text.matches("0b[01]+"));
  }
}
