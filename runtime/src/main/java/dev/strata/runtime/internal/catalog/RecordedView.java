package dev.strata.runtime.internal.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view as {@link LiveViews} reads it and drift detection records it: the catalog's definition
 * and, where the database has view options (PostgreSQL's storage parameters, MySQL's and MariaDB's
 * {@code ALGORITHM}, {@code SQL SECURITY} and check option), the options the catalog reports, which
 * the definition alone does not show. Stored as one text, the definition followed by a line {@code
 * -- strata view options: } and the options, {@code name=value} sorted by name and joined by {@code
 * ", "}, or {@code none}. A catalog definition never ends with such a line: the databases write no
 * comments into it, and a literal or quoted name holding the text ends with its closing quote.
 * Definitions recorded before options were (and those of H2, which has none) have no such line:
 * their options are unknown, and compare with any.
 *
 * @param definition the catalog's definition
 * @param options the options by name, as the catalog spells them; null where none were recorded
 */
public record RecordedView(String definition, Map<String, String> options) {

  /** What separates the definition from the options in the stored text. */
  public static final String OPTIONS_LINE = "\n-- strata view options: ";

  private static final String NONE = "none";

  private static final Pattern STORED =
      Pattern.compile(
          "(?s)(.*)"
              + Pattern.quote(OPTIONS_LINE)
              + "("
              + NONE
              + "|[a-z_]+=[A-Za-z0-9_]+(?:, [a-z_]+=[A-Za-z0-9_]+)*)");

  public RecordedView {
    Objects.requireNonNull(definition, "definition");
    options = options == null ? null : Map.copyOf(options);
  }

  /** What {@link #text} wrote; a text without options for a record of before them. */
  public static RecordedView parse(String text) {
    Matcher stored = STORED.matcher(text);
    if (!stored.matches()) {
      return new RecordedView(text, null);
    }
    Map<String, String> options = new TreeMap<>();
    if (!stored.group(2).equals(NONE)) {
      for (String option : stored.group(2).split(", ")) {
        int equals = option.indexOf('=');
        options.put(option.substring(0, equals), option.substring(equals + 1));
      }
    }
    return new RecordedView(stored.group(1), options);
  }

  /**
   * The stored text of a definition and its options as the catalog's SQL lists them ({@link
   * #optionsSql}): {@code name=value} sorted by name, joined by {@code ", "}, or {@code none}.
   */
  public static String text(String definition, String options) {
    return definition + OPTIONS_LINE + options;
  }

  /**
   * Whether {@code recorded} and {@code current} (stored texts) are the same view: their
   * definitions equal but for white space, and their options equal where both record them.
   */
  public static boolean same(String recorded, String current) {
    RecordedView before = parse(recorded);
    RecordedView now = parse(current);
    return normal(before.definition).equals(normal(now.definition))
        && (before.options == null
            || now.options == null
            || meaning(before.options).equals(meaning(now.options)));
  }

  /**
   * The options as the database takes them: PostgreSQL stores a storage parameter as it was
   * written, {@code security_barrier=on} or {@code =1} as well as {@code =true}, and one set to
   * {@code false} is as if it were not set.
   */
  public static Map<String, String> meaning(Map<String, String> options) {
    Map<String, String> meaning = new TreeMap<>();
    options.forEach((name, value) -> meaning.put(name, meaning(value)));
    meaning.values().removeIf("false"::equals);
    return meaning;
  }

  private static String meaning(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "on", "yes", "1", "true" -> "true";
      case "off", "no", "0", "false" -> "false";
      default -> lower;
    };
  }

  // the same database reports the same view alike; only the white space around it may differ
  private static String normal(String definition) {
    return definition.strip().replaceAll("\\s+", " ");
  }
}
