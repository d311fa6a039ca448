package dev.strata.processor.verify;

import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.verify.PostgresCommonTypes.Typed;
import java.util.List;
import java.util.Locale;

/**
 * The words for values that PostgreSQL cannot give one type: what PostgreSQL refuses, and the
 * expression with every value that is not text cast to text, which H2, PostgreSQL and MariaDB all
 * take.
 */
final class CommonTypeAdvice {

  private CommonTypeAdvice() {}

  /** {@code COALESCE(qty, label), which mixes an integer and a text and PostgreSQL refuses ...}. */
  static String mixed(
      Argument written, String what, Typed first, ArgumentType other, List<Typed> values) {
    return written.text()
        + ", which mixes "
        + first.type().withArticle()
        + " and "
        + other.withArticle()
        + " and PostgreSQL refuses ("
        + what.toUpperCase(Locale.ROOT)
        + " types ... cannot be matched): "
        + advice(written, values, first.type() == ArgumentType.TEXT || other == ArgumentType.TEXT);
  }

  /** {@code COALESCE(qty, 'none'), which mixes an integer and the text 'none' and ...}. */
  static String unreadable(Argument written, Typed first, Argument literal, List<Typed> values) {
    return written.text()
        + ", which mixes "
        + first.type().withArticle()
        + " and the text "
        + literal.text()
        + " and PostgreSQL refuses (invalid input syntax for type "
        + first.type().postgresName()
        + "): "
        + advice(written, values, true);
  }

  private static String advice(Argument written, List<Typed> values, boolean toText) {
    if (!toText) {
      return "give every value one type";
    }
    String text = written.text();
    // from the last value to the first, so that each earlier one stands where it was found
    for (int i = values.size() - 1; i >= 0; i--) {
      Typed value = values.get(i);
      if (value.type() != ArgumentType.TEXT) {
        int from = value.value().start() - written.start();
        text =
            text.substring(0, from)
                + "CAST("
                + value.value().text()
                + " AS VARCHAR(40))"
                + text.substring(from + value.value().text().length());
      }
    }
    return "write " + text + ", or give every value one type";
  }
}
