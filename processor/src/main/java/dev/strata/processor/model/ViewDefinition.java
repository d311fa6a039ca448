package dev.strata.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One database view as the schema model knows it: the query as the user wrote it, and what Strata
 * learnt from it when it was recorded, so that planning a migration later depends on the snapshots
 * alone and not on the version of the SQL parser.
 *
 * @param name the view's name in the database, a valid SQL identifier
 * @param sql the defining query, exactly as written in {@code @View(sql = ...)}
 * @param declaredBy the qualified name of the class carrying the {@code @View} annotation
 * @param hash the SHA-256 of the query's canonical form; equal hashes mean the same query
 * @param reads the lower-case names of the tables and views the query reads, if it was parsed
 * @param columns the canonical select items, if known; decides whether a change is in place
 * @param dependsOn views this one reads that the parser cannot see, from {@code @View(dependsOn)}
 * @param renamedFrom the name the view had before, from {@code @View(renamedFrom)}
 * @param columnReads which columns of the relations it reads the query may read, if it was parsed
 *     and recorded by a Strata that knew them (absent in older snapshots: every column counts)
 * @param materialized how it stores its rows, if it is a materialized view
 */
public record ViewDefinition(
    String name,
    String sql,
    String declaredBy,
    String hash,
    Optional<List<String>> reads,
    Optional<List<String>> columns,
    List<String> dependsOn,
    Optional<String> renamedFrom,
    Optional<ColumnReads> columnReads,
    Optional<Materialization> materialized) {

  public ViewDefinition {
    Objects.requireNonNull(columnReads, "columnReads");
    Objects.requireNonNull(materialized, "materialized");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(hash, "hash");
    if (!SqlIdentifiers.isValid(name)) {
      throw new IllegalArgumentException("Not a valid view name: " + name);
    }
    if (sql.isBlank()) {
      throw new IllegalArgumentException("View " + name + " has no SQL");
    }
    reads = reads.map(names -> names.stream().sorted().distinct().toList());
    columns = columns.map(List::copyOf);
    dependsOn = dependsOn.stream().sorted().distinct().toList();
    renamedFrom = renamedFrom.filter(previous -> !previous.isEmpty());
  }

  /** A plain view, as every view was before Strata knew materialized ones. */
  public ViewDefinition(
      String name,
      String sql,
      String declaredBy,
      String hash,
      Optional<List<String>> reads,
      Optional<List<String>> columns,
      List<String> dependsOn,
      Optional<String> renamedFrom,
      Optional<ColumnReads> columnReads) {
    this(
        name,
        sql,
        declaredBy,
        hash,
        reads,
        columns,
        dependsOn,
        renamedFrom,
        columnReads,
        Optional.empty());
  }

  /** A view whose column reads are unknown, as snapshots recorded before Strata knew them. */
  public ViewDefinition(
      String name,
      String sql,
      String declaredBy,
      String hash,
      Optional<List<String>> reads,
      Optional<List<String>> columns,
      List<String> dependsOn,
      Optional<String> renamedFrom) {
    this(name, sql, declaredBy, hash, reads, columns, dependsOn, renamedFrom, Optional.empty());
  }

  /** This view, materialized as {@code materialized} says, or plain when it is empty. */
  public ViewDefinition withMaterialized(Optional<Materialization> materialized) {
    return new ViewDefinition(
        name,
        sql,
        declaredBy,
        hash,
        reads,
        columns,
        dependsOn,
        renamedFrom,
        columnReads,
        materialized);
  }

  /** Whether the database holds it the same way: both plain, or materialized alike. */
  public boolean sameStorageAs(ViewDefinition other) {
    return materialized.equals(other.materialized);
  }

  /** Whether the database would see the same query under this name. */
  public boolean sameQueryAs(ViewDefinition other) {
    return hash.equals(other.hash);
  }
}
