package dev.strata.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as the schema model knows it, read from a JPA entity.
 *
 * @param name the table's name
 * @param declaredBy the qualified name of the entity class
 * @param columns the columns in declaration order (the order a CREATE TABLE lists them)
 * @param primaryKey the primary key's columns
 * @param indexes indexes and unique constraints, sorted by name
 * @param foreignKeys foreign keys, sorted by name
 * @param renamedFrom the name the table had before, from {@code @RenamedFrom}
 * @param sequences the sequences that generate its keys, sorted by name (none before Strata 0.2)
 * @param checks its check constraints, sorted by name (none before Strata 0.2)
 * @param generatorRows for the table of a {@code @TableGenerator}, the rows its migration inserts,
 *     sorted by segment (none for any other table)
 * @param inheritance the entity hierarchy it belongs to, if any (none before Strata 0.2)
 */
public record TableDefinition(
    String name,
    String declaredBy,
    List<ColumnDefinition> columns,
    List<String> primaryKey,
    List<IndexDefinition> indexes,
    List<ForeignKeyDefinition> foreignKeys,
    Optional<String> renamedFrom,
    List<SequenceDefinition> sequences,
    List<CheckDefinition> checks,
    List<GeneratorRow> generatorRows,
    Optional<TableInheritance> inheritance) {

  public TableDefinition {
    Objects.requireNonNull(inheritance, "inheritance");
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(renamedFrom, "renamedFrom");
    if (!SqlIdentifiers.isValid(name)) {
      throw new IllegalArgumentException("Not a valid table name: " + name);
    }
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = indexes.stream().sorted(Comparator.comparing(IndexDefinition::name)).toList();
    foreignKeys =
        foreignKeys.stream().sorted(Comparator.comparing(ForeignKeyDefinition::name)).toList();
    sequences = sequences.stream().sorted(Comparator.comparing(SequenceDefinition::name)).toList();
    checks = checks.stream().sorted(Comparator.comparing(CheckDefinition::name)).toList();
    generatorRows =
        generatorRows.stream().sorted(Comparator.comparing(GeneratorRow::segment)).toList();
  }

  /** A table of no entity hierarchy. */
  public TableDefinition(
      String name,
      String declaredBy,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys,
      Optional<String> renamedFrom,
      List<SequenceDefinition> sequences,
      List<CheckDefinition> checks,
      List<GeneratorRow> generatorRows) {
    this(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        checks,
        generatorRows,
        Optional.empty());
  }

  /** A table that is not a generator's. */
  public TableDefinition(
      String name,
      String declaredBy,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys,
      Optional<String> renamedFrom,
      List<SequenceDefinition> sequences,
      List<CheckDefinition> checks,
      Optional<TableInheritance> inheritance) {
    this(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        checks,
        List.of(),
        inheritance);
  }

  /** A table without check constraints. */
  public TableDefinition(
      String name,
      String declaredBy,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys,
      Optional<String> renamedFrom,
      List<SequenceDefinition> sequences) {
    this(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        List.of(),
        Optional.empty());
  }

  /** A table of no entity hierarchy that is not a generator's. */
  public TableDefinition(
      String name,
      String declaredBy,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys,
      Optional<String> renamedFrom,
      List<SequenceDefinition> sequences,
      List<CheckDefinition> checks) {
    this(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        checks,
        List.of(),
        Optional.empty());
  }

  /** A table whose keys no sequence generates. */
  public TableDefinition(
      String name,
      String declaredBy,
      List<ColumnDefinition> columns,
      List<String> primaryKey,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> foreignKeys,
      Optional<String> renamedFrom) {
    this(name, declaredBy, columns, primaryKey, indexes, foreignKeys, renamedFrom, List.of());
  }

  /** The same table with other sequences. */
  public TableDefinition withSequences(List<SequenceDefinition> newSequences) {
    return new TableDefinition(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        newSequences,
        checks,
        generatorRows,
        inheritance);
  }

  /** The same table with other check constraints. */
  public TableDefinition withChecks(List<CheckDefinition> newChecks) {
    return new TableDefinition(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        newChecks,
        generatorRows,
        inheritance);
  }

  /** The same table with other generator rows. */
  public TableDefinition withGeneratorRows(List<GeneratorRow> rows) {
    return new TableDefinition(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        checks,
        rows,
        inheritance);
  }

  /** The same table as part of an entity hierarchy. */
  public TableDefinition withInheritance(TableInheritance newInheritance) {
    return new TableDefinition(
        name,
        declaredBy,
        columns,
        primaryKey,
        indexes,
        foreignKeys,
        renamedFrom,
        sequences,
        checks,
        generatorRows,
        Optional.of(newInheritance));
  }

  public Optional<ColumnDefinition> column(String columnName) {
    return columns.stream()
        .filter(column -> column.name().equalsIgnoreCase(columnName))
        .findFirst();
  }
}
