package dev.strata.test;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the database holds of a table beyond its columns, names and columns in lower case: its
 * primary key's columns in key order, its indexes (those the database made for its keys included),
 * its foreign keys and its check constraints.
 *
 * @param restrictIsNoAction whether the database's ON DELETE RESTRICT is its NO ACTION (MySQL,
 *     MariaDB), which its keys then report
 * @param comment the table's comment, or empty for none
 */
record TableStructure(
    List<String> primaryKey,
    List<ExpectedSchema.Index> indexes,
    List<ExpectedSchema.ForeignKey> foreignKeys,
    List<DatabaseCheck> checks,
    boolean restrictIsNoAction,
    Optional<String> comment) {

  TableStructure {
    Objects.requireNonNull(comment, "comment");
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
  }

  /** The names of its check constraints. */
  Set<String> checkNames() {
    return checks.stream().map(DatabaseCheck::name).collect(Collectors.toSet());
  }
}
