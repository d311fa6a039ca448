package dev.strata.processor.model;

import java.util.List;
import java.util.Locale;

/**
 * Which columns of which relations a view's query may read, as recorded in its snapshot: an
 * over-approximation, so that a column it does not list is one the query certainly does not read.
 *
 * <p>Each entry is one of: {@code relation.column}, a column reached through the relation's name or
 * alias; {@code relation.*}, every column of the relation ({@code t.*}, a whole-row reference);
 * {@code column}, a name the query uses without a qualifier, taken as a column of every relation
 * the query reads; {@code *}, every column of every relation it reads ({@code SELECT *}, {@code
 * NATURAL JOIN}). Relation names are lower case and qualified as written; column names never hold a
 * dot, so the last dot of an entry separates the two.
 *
 * @param entries the entries, lower case, sorted and distinct
 */
public record ColumnReads(List<String> entries) {

  /** The entry that stands for every column of every relation the query reads. */
  public static final String EVERY_COLUMN = "*";

  public ColumnReads {
    entries =
        entries.stream().map(entry -> entry.toLowerCase(Locale.ROOT)).sorted().distinct().toList();
    for (String entry : entries) {
      if (entry.isEmpty() || entry.startsWith(".") || entry.endsWith(".")) {
        throw new IllegalArgumentException("Not a column read: '" + entry + "'");
      }
    }
  }

  /**
   * Whether the query may read {@code column} of {@code relation}, a relation it reads, given by
   * the name the schema knows it under.
   */
  public boolean mayRead(String relation, String column) {
    String table = relation.toLowerCase(Locale.ROOT);
    String name = column.toLowerCase(Locale.ROOT);
    String unqualified = table.substring(table.lastIndexOf('.') + 1);
    for (String entry : entries) {
      int dot = entry.lastIndexOf('.');
      if (dot < 0) {
        if (entry.equals(EVERY_COLUMN) || entry.equals(name)) {
          return true;
        }
        continue;
      }
      String qualifier = entry.substring(0, dot);
      String read = entry.substring(dot + 1);
      boolean sameRelation =
          qualifier.equals(table)
              || qualifier.equals(unqualified)
              || qualifier.endsWith("." + unqualified)
              || table.endsWith("." + qualifier);
      if (sameRelation && (read.equals(EVERY_COLUMN) || read.equals(name))) {
        return true;
      }
    }
    return false;
  }
}
