package dev.strata.processor.jpa;

import dev.strata.processor.model.IndexDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One unique constraint per set of columns, as Hibernate exports a table: {@code @Column(unique =
 * true)}, a {@code @UniqueConstraint}, a unique {@code @Index} and the unique constraint Hibernate
 * adds itself (a {@code @OneToMany}'s join table column) over the same columns are one, whatever
 * their names (measured on H2, PostgreSQL and MariaDB). Two made from one set of columns would have
 * one generated name where none is given, on which the migration fails. None over the primary key's
 * columns, in any order: Hibernate drops such a unique key (its {@code Table} finds it redundant),
 * and the database would keep a second unique index beside the key's own.
 */
final class UniqueIndexes {

  private UniqueIndexes() {}

  /**
   * {@code indexes} in their order, but a unique one over the columns of another kept: a declared
   * one (of {@code declared}) stands for the others, so that its name is the one created; and but a
   * unique one over exactly the columns of {@code primaryKey}, declared or not.
   */
  static List<IndexDefinition> distinct(
      List<IndexDefinition> indexes, List<IndexDefinition> declared, List<String> primaryKey) {
    Set<String> keyColumns = new HashSet<>(lower(primaryKey));
    Set<List<String>> declaredColumns = new HashSet<>();
    for (IndexDefinition index : declared) {
      if (plainUnique(index)) {
        declaredColumns.add(columns(index));
      }
    }
    List<IndexDefinition> kept = new ArrayList<>();
    Set<List<String>> keptColumns = new HashSet<>();
    for (IndexDefinition index : indexes) {
      if (index.unique() && sameColumns(index, keyColumns)) {
        continue;
      }
      if (plainUnique(index)) {
        List<String> columns = columns(index);
        boolean standsForIt = declaredColumns.contains(columns) && !declared.contains(index);
        if (standsForIt || !keptColumns.add(columns)) {
          continue;
        }
      }
      kept.add(index);
    }
    return kept;
  }

  /**
   * {@code primaryKey} in the order Hibernate 7 writes it: that of the first plain unique index of
   * {@code indexes} over exactly its columns, which Hibernate's table takes as the order of its key
   * where it drops the constraint ({@link #distinct}; measured: a collection table's key {@code
   * [name, seat_id]} for {@code @UniqueConstraint(columnNames = {"name", "seat_id"})}), else its
   * own.
   */
  static List<String> keyOrder(List<IndexDefinition> indexes, List<String> primaryKey) {
    Set<String> keyColumns = new HashSet<>(lower(primaryKey));
    return indexes.stream()
        .filter(index -> plainUnique(index) && sameColumns(index, keyColumns))
        .findFirst()
        .map(index -> columns(index).stream().map(column -> named(column, primaryKey)).toList())
        .orElse(primaryKey);
  }

  /** The key's own spelling of {@code column}, which an index may spell in another case. */
  private static String named(String column, List<String> primaryKey) {
    return primaryKey.stream().filter(column::equalsIgnoreCase).findFirst().orElseThrow();
  }

  /** A unique index with no descending column, which Hibernate writes as a unique constraint. */
  private static boolean plainUnique(IndexDefinition index) {
    return index.unique() && index.descending().isEmpty();
  }

  /** Whether the index covers exactly {@code columns}, in whatever order, as Hibernate compares. */
  private static boolean sameColumns(IndexDefinition index, Set<String> columns) {
    return index.columns().size() == columns.size() && columns.containsAll(columns(index));
  }

  private static List<String> columns(IndexDefinition index) {
    return lower(index.columns());
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
  }
}
