package dev.strata.processor.sql;

import java.util.Locale;
import java.util.Random;

/**
 * Rewrites a query as a user might reformat it: the same tokens, with random whitespace, comments
 * and keyword case between and on them. Line comments kept verbatim get the line end they need.
 */
final class Reformatter {

  private static final String[] SPACES = {" ", "  ", "\n", "\t", "\r\n", " \n  ", "\r"};

  private Reformatter() {}

  static String reformat(String query, Random random) {
    StringBuilder text = new StringBuilder();
    for (SqlToken token : QueryReadings.of(query).checked()) {
      text.append(separator(random));
      text.append(token.kind() == SqlToken.Kind.WORD ? recase(token.text(), random) : token.text());
      if (token.endsALine()) {
        text.append('\n');
      }
    }
    return text.append(separator(random)).toString();
  }

  private static String recase(String word, Random random) {
    if (!word.chars().allMatch(c -> c < 128)) {
      // only A-Z fold in the canonical form: the case of É is a change
      return word;
    }
    return switch (random.nextInt(3)) {
      case 0 -> word.toUpperCase(Locale.ROOT);
      case 1 -> word.toLowerCase(Locale.ROOT);
      default -> word;
    };
  }

  private static String separator(Random random) {
    String separator = SPACES[random.nextInt(SPACES.length)];
    // never a nested comment, nor a line comment ended by a lone carriage return: PostgreSQL and
    // MySQL read them differently, so they are kept verbatim
    return switch (random.nextInt(4)) {
      case 0 -> separator + "/* note */ ";
      case 1 -> separator + "-- note" + (random.nextBoolean() ? "\n" : "\r\n");
      default -> separator;
    };
  }
}
