package dev.strata.runtime.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable difference between two texts, line by line ({@code -} for a line only in the first,
 * {@code +} only in the second, two spaces for both), from their longest common subsequence: view
 * definitions are a few dozen lines at most. A text on one line (as MariaDB and H2 report views) is
 * split at its top-level keywords first, so that a change shows in the clause where it is.
 */
public final class LineDiff {

  private static final String CLAUSES =
      "(?i)\\s+(?=(from|where|group by|having|order by|union|join|left join|inner join)\\b)";

  private LineDiff() {}

  public static String of(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        out.add("  " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        out.add("- " + a.get(i++));
      } else {
        out.add("+ " + b.get(j++));
      }
    }
    return String.join("\n", out);
  }

  private static List<String> lines(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return List.of();
    }
    String[] lines = stripped.contains("\n") ? stripped.split("\n") : stripped.split(CLAUSES);
    List<String> result = new ArrayList<>();
    for (String line : lines) {
      result.add(line.stripTrailing());
    }
    return result;
  }
}
