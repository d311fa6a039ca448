package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.Tokens;
import dev.strata.runtime.internal.catalog.LiveViews;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link ViewRecords} that the database writes itself: an SQL expression whose value is exactly
 * what {@link ViewRecords#encode} would store, reading the definitions of some views from the
 * catalog while the statement that stores it runs, so that reading them costs no round trip of its
 * own.
 *
 * @param expression the SQL whose value is the records
 * @param parameters its parameters, in order
 */
public record ViewRecordsSql(String expression, List<String> parameters) {

  public ViewRecordsSql {
    parameters = List.copyOf(parameters);
  }

  /**
   * @param known views whose definition is known by key, null for a view removed
   * @param read keys of views whose definition the catalog gives; at least one, none in {@code
   *     known}
   * @param definitionToken {@link LiveViews#definitionTokenSql}
   */
  public static ViewRecordsSql of(
      Map<String, String> known, Set<String> read, String definitionToken) {
    if (read.isEmpty()) {
      throw new IllegalArgumentException("No view to read: encode the records in Java");
    }
    // sorted by key, as ViewRecords.encode sorts them
    Map<String, String> views = new TreeMap<>(known);
    read.forEach(key -> views.put(key, null));
    List<String> parts = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    for (Map.Entry<String, String> view : views.entrySet()) {
      String key = view.getKey();
      parts.add("?");
      parameters.add(Tokens.encode(List.of(key)));
      if (read.contains(key)) {
        parts.add(definitionToken);
        parameters.add(LiveViews.schemaOf(key));
        parameters.add(key.substring(key.lastIndexOf('.') + 1));
      } else {
        parts.add("?");
        parameters.add(Tokens.encode(Arrays.asList(view.getValue())));
      }
    }
    return new ViewRecordsSql("CONCAT(" + String.join(", ", parts) + ")", parameters);
  }
}
