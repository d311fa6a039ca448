package dev.strata.runtime.internal.execution;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list of assignments ({@code a = 1, b = CONCAT(x, ',y')}) at its commas, never at one in
 * quotes or parentheses.
 */
final class TopLevelCommas {

  private TopLevelCommas() {}

  static List<String> split(String list) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    char quote = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote != '`') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        items.add(list.substring(start, i));
        start = i + 1;
      }
    }
    items.add(list.substring(start));
    return items;
  }
}
