package dev.strata.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as the schema model knows it, read from a JPA entity. Built with {@link #builder}, so
 * that a caller names only the parts it has; copied with {@link #toBuilder} or a {@code with...}
 * method.
 *
 * @param name the table's name
 * @param declaredBy the qualified name of the entity class
 * @param columns the columns in declaration order (the order a CREATE TABLE lists them)
 * @param primaryKey the primary key's columns
 * @param indexes indexes and unique constraints, sorted by name
 * @param foreignKeys foreign keys, sorted by name
 * @param renamedFrom the name the table had before, from {@code @RenamedFrom}
 * @param sequences the sequences that generate its keys, sorted by name (none before Strata 0.2)
 * @param keySequences the sequences that generate its keys, sorted by name: its own ones and those
 *     it shares with other tables, of which the table first by name records each in {@code
 *     sequences} and creates it; never part of a migration's checksum, but what says where the keys
 *     come from (none in a snapshot recorded before they were kept, see {@code KnownKeyGenerators})
 * @param checks its check constraints, sorted by name (none before Strata 0.2)
 * @param generatorRows for the table of a {@code @TableGenerator}, the rows its migration inserts,
 *     sorted by segment (none for any other table)
 * @param inheritance the entity hierarchy it belongs to, if any (none before Strata 0.2)
 * @param softDelete the flag column of Hibernate's {@code @SoftDelete}, if the table has one
 * @param comment the comment the table carries ({@code @Table(comment)}, Hibernate's
 *     {@code @Comment}), if any (none before Strata 0.2)
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
    List<SequenceDefinition> keySequences,
    List<CheckDefinition> checks,
    List<GeneratorRow> generatorRows,
    Optional<TableInheritance> inheritance,
    Optional<SoftDeleteColumn> softDelete,
    Optional<String> comment) {

  public TableDefinition {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(inheritance, "inheritance");
    Objects.requireNonNull(softDelete, "softDelete");
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
    keySequences =
        keySequences.stream().sorted(Comparator.comparing(SequenceDefinition::name)).toList();
    checks = checks.stream().sorted(Comparator.comparing(CheckDefinition::name)).toList();
    generatorRows =
        generatorRows.stream().sorted(Comparator.comparing(GeneratorRow::segment)).toList();
  }

  /**
   * A table to build: with no columns, keys, constraints or sequences until the builder adds them.
   */
  public static Builder builder(String name, String declaredBy) {
    return new Builder(name, declaredBy);
  }

  /** A builder that starts from this table, to build a copy with other parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The same table with other sequences. */
  public TableDefinition withSequences(List<SequenceDefinition> newSequences) {
    return toBuilder().sequences(newSequences).build();
  }

  /** The same table with the comment {@code text}, or none for empty. */
  public TableDefinition withComment(Optional<String> text) {
    return toBuilder().comment(text).build();
  }

  /** The same table with other check constraints. */
  public TableDefinition withChecks(List<CheckDefinition> newChecks) {
    return toBuilder().checks(newChecks).build();
  }

  /** The same table with other generator rows. */
  public TableDefinition withGeneratorRows(List<GeneratorRow> rows) {
    return toBuilder().generatorRows(rows).build();
  }

  /** The same table as part of an entity hierarchy. */
  public TableDefinition withInheritance(TableInheritance newInheritance) {
    return toBuilder().inheritance(Optional.of(newInheritance)).build();
  }

  public Optional<ColumnDefinition> column(String columnName) {
    return columns.stream()
        .filter(column -> column.name().equalsIgnoreCase(columnName))
        .findFirst();
  }

  /**
   * Builds a table part by part, each part empty unless set; {@link #build()} checks and sorts them
   * as the record's constructor does.
   */
  public static final class Builder {
    private final String name;
    private final String declaredBy;
    private List<ColumnDefinition> columns = List.of();
    private List<String> primaryKey = List.of();
    private List<IndexDefinition> indexes = List.of();
    private List<ForeignKeyDefinition> foreignKeys = List.of();
    private Optional<String> renamedFrom = Optional.empty();
    private List<SequenceDefinition> sequences = List.of();
    private List<SequenceDefinition> keySequences = List.of();
    private List<CheckDefinition> checks = List.of();
    private List<GeneratorRow> generatorRows = List.of();
    private Optional<TableInheritance> inheritance = Optional.empty();
    private Optional<SoftDeleteColumn> softDelete = Optional.empty();
    private Optional<String> comment = Optional.empty();

    private Builder(String name, String declaredBy) {
      this.name = name;
      this.declaredBy = declaredBy;
    }

    private Builder(TableDefinition table) {
      this(table.name, table.declaredBy);
      this.columns = table.columns;
      this.primaryKey = table.primaryKey;
      this.indexes = table.indexes;
      this.foreignKeys = table.foreignKeys;
      this.renamedFrom = table.renamedFrom;
      this.sequences = table.sequences;
      this.keySequences = table.keySequences;
      this.checks = table.checks;
      this.generatorRows = table.generatorRows;
      this.inheritance = table.inheritance;
      this.softDelete = table.softDelete;
      this.comment = table.comment;
    }

    public Builder columns(List<ColumnDefinition> columns) {
      this.columns = columns;
      return this;
    }

    public Builder primaryKey(List<String> primaryKey) {
      this.primaryKey = primaryKey;
      return this;
    }

    public Builder indexes(List<IndexDefinition> indexes) {
      this.indexes = indexes;
      return this;
    }

    public Builder foreignKeys(List<ForeignKeyDefinition> foreignKeys) {
      this.foreignKeys = foreignKeys;
      return this;
    }

    public Builder renamedFrom(Optional<String> renamedFrom) {
      this.renamedFrom = renamedFrom;
      return this;
    }

    public Builder sequences(List<SequenceDefinition> sequences) {
      this.sequences = sequences;
      return this;
    }

    public Builder keySequences(List<SequenceDefinition> keySequences) {
      this.keySequences = keySequences;
      return this;
    }

    public Builder checks(List<CheckDefinition> checks) {
      this.checks = checks;
      return this;
    }

    public Builder generatorRows(List<GeneratorRow> generatorRows) {
      this.generatorRows = generatorRows;
      return this;
    }

    public Builder inheritance(Optional<TableInheritance> inheritance) {
      this.inheritance = inheritance;
      return this;
    }

    public Builder softDelete(Optional<SoftDeleteColumn> softDelete) {
      this.softDelete = softDelete;
      return this;
    }

    public Builder comment(Optional<String> comment) {
      this.comment = comment;
      return this;
    }

    /**
     * @throws IllegalArgumentException if the name is not a valid SQL identifier
     */
    public TableDefinition build() {
      return new TableDefinition(
          name,
          declaredBy,
          columns,
          primaryKey,
          indexes,
          foreignKeys,
          renamedFrom,
          sequences,
          keySequences,
          checks,
          generatorRows,
          inheritance,
          softDelete,
          comment);
    }
  }
}
