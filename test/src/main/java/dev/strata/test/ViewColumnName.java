package dev.strata.test;

import java.util.Optional;

/**
 * The name a database gives a view column, read from the snapshot's canonical text of its select
 * item ({@code "c . id as customer_id"}, {@code "c . name"}).
 */
final class ViewColumnName {

  private static final String ALIAS = " as ";

  private ViewColumnName() {}

  /**
   * The column's name, or empty when the database chooses it (an expression without an alias) or
   * the item stands for several columns ({@code *}).
   */
  static Optional<String> of(String selectItem) {
    String item = selectItem.strip();
    int alias = item.lastIndexOf(ALIAS);
    if (alias >= 0) {
      return identifier(item.substring(alias + ALIAS.length()));
    }
    // a qualified column reads "c . name" in the canonical text
    int dot = item.lastIndexOf(" . ");
    return identifier(dot >= 0 ? item.substring(dot + 3) : item);
  }

  private static Optional<String> identifier(String text) {
    String name = text.strip();
    if (name.length() > 1 && (name.startsWith("\"") || name.startsWith("`"))) {
      name = name.substring(1, name.length() - 1);
    }
    return name.matches("[A-Za-z_][A-Za-z0-9_$]*") ? Optional.of(name) : Optional.empty();
  }
}
