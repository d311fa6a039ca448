package dev.strata.processor.diff;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The views, tables and columns renamed on the way from one schema to the next, as declared with
 * {@code @View(renamedFrom)} and {@code @RenamedFrom}; decided by the differ alone, so that the
 * planner and the description never disagree about what is a rename.
 *
 * @param views old view name to new
 * @param tables old table name to new
 * @param columns per table, named as in the newer schema: old column name to new
 */
public record Renames(
    Map<String, String> views,
    Map<String, String> tables,
    Map<String, Map<String, String>> columns) {

  public static final Renames NONE = new Renames(Map.of(), Map.of(), Map.of());

  public Renames {
    // sorted copies: renames are emitted in map order, which must be deterministic
    views = sorted(views);
    tables = sorted(tables);
    Map<String, Map<String, String>> columnsByTable = new TreeMap<>();
    columns.forEach(
        (table, renamed) -> {
          if (!renamed.isEmpty()) {
            columnsByTable.put(table, sorted(renamed));
          }
        });
    columns = Collections.unmodifiableMap(columnsByTable);
  }

  /** The same renames, undone: for the downgrade from the newer schema to the older one. */
  public Renames inverse() {
    Map<String, Map<String, String>> columnsBack = new TreeMap<>();
    columns.forEach((table, renamed) -> columnsBack.put(oldTableName(table), flip(renamed)));
    return new Renames(flip(views), flip(tables), columnsBack);
  }

  /** The name a view of the older schema has in the newer one. */
  public String newViewName(String oldName) {
    return views.getOrDefault(oldName, oldName);
  }

  /** The name a view of the newer schema had in the older one. */
  public String oldViewName(String newName) {
    return keyOf(views, newName);
  }

  /** The name a table of the older schema has in the newer one. */
  public String newTableName(String oldName) {
    return tables.getOrDefault(oldName, oldName);
  }

  /** The name a table of the newer schema had in the older one. */
  public String oldTableName(String newName) {
    return keyOf(tables, newName);
  }

  /** The columns renamed in a table of the newer schema: old name to new. */
  public Map<String, String> columnsOf(String newTable) {
    return columns.getOrDefault(newTable, Map.of());
  }

  /** The name a column of a table of the newer schema had in the older one. */
  public String oldColumnName(String newTable, String newColumn) {
    return keyOf(columnsOf(newTable), newColumn);
  }

  private static String keyOf(Map<String, String> renames, String value) {
    for (Map.Entry<String, String> rename : renames.entrySet()) {
      if (rename.getValue().equals(value)) {
        return rename.getKey();
      }
    }
    return value;
  }

  private static Map<String, String> flip(Map<String, String> renames) {
    Map<String, String> flipped = new TreeMap<>();
    renames.forEach((from, to) -> flipped.put(to, from));
    return flipped;
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
