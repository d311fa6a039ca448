package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.Tokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view definitions the history keeps for drift detection, as the database reported them when
 * Strata wrote the views: each row holds those its migration wrote (a null definition for a view it
 * removed), the marker row those there were when the table took format 2. Stored as {@link Tokens},
 * view key then definition, sorted by key.
 */
public final class ViewRecords {

  private ViewRecords() {}

  /** {@code views} as stored; a null definition records a view removed. */
  public static String encode(Map<String, String> views) {
    List<String> tokens = new ArrayList<>();
    new TreeMap<>(views)
        .forEach(
            (key, definition) -> {
              tokens.add(key);
              tokens.add(definition);
            });
    return Tokens.encode(tokens);
  }

  /** What {@link #encode} wrote; an empty map for null. */
  public static Map<String, String> decode(String stored) {
    Map<String, String> views = new TreeMap<>();
    if (stored == null) {
      return views;
    }
    List<String> tokens = Tokens.decode(stored);
    for (int i = 0; i + 1 < tokens.size(); i += 2) {
      views.put(tokens.get(i), tokens.get(i + 1));
    }
    return views;
  }

  /**
   * The views Strata expects now: the marker row's, then each finished row's records laid on them
   * in history order, removed views left out.
   */
  public static Map<String, String> expected(String baseline, List<HistoryRow> rows) {
    Map<String, String> views = decode(baseline);
    for (HistoryRow row : rows) {
      if (row.success() && row.views() != null) {
        views.putAll(decode(row.views()));
      }
    }
    views.values().removeIf(definition -> definition == null);
    return Collections.unmodifiableMap(views);
  }
}
