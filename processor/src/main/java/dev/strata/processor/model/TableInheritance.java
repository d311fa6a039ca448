package dev.strata.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a table takes part in a JPA entity hierarchy, recorded so that a later version can tell a
 * change of inheritance strategy (which no table operation realises) from an ordinary change, and
 * so that an incremental build finds again the subclasses whose columns a single table holds.
 *
 * @param strategy the hierarchy's {@code InheritanceType}
 * @param subclasses the qualified names of the entity subclasses whose rows the table also holds
 *     (single table only), sorted
 * @param discriminator the root's NOT NULL discriminator column and the value of the root's own
 *     rows, which the rows a table had before it gained the column take; none before Strata 0.2,
 *     for an abstract root, or a discriminator that allows NULL
 * @param renamedValues for a single table, the discriminator values of its subclasses renamed with
 *     {@code @RenamedFrom} whose value is the entity name, before and after, sorted; a version that
 *     records one the version before did not record marks the rows anew
 * @param subclassRows for a joined subclass under a root with a NOT NULL discriminator, where the
 *     root's table marks the rows of the subclass's entity; none in snapshots recorded before it,
 *     for an abstract subclass, or one of Hibernate's special values
 */
public record TableInheritance(
    Strategy strategy,
    List<String> subclasses,
    Optional<Discriminator> discriminator,
    List<ValueRename> renamedValues,
    Optional<RowMark> subclassRows) {

  /** JPA's {@code InheritanceType}, by the names it gives them. */
  public enum Strategy {
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS
  }

  /**
   * @param column the discriminator column's name
   * @param rootValue the root entity's discriminator value as an SQL literal ({@code 'Animal'})
   */
  public record Discriminator(String column, String rootValue) {

    public Discriminator {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(rootValue, "rootValue");
    }
  }

  /**
   * The discriminator value that marks the rows of one entity of a hierarchy.
   *
   * @param table the root's table, which holds the discriminator
   * @param column the discriminator column
   * @param value the entity's value as an SQL literal ({@code 'Contractor'})
   */
  public record RowMark(String table, String column, String value) {

    public RowMark {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A single-table subclass's discriminator value that changed with its entity's name.
   *
   * @param column the discriminator column
   * @param former the value its rows held, as an SQL literal ({@code 'Contractor'})
   * @param current the value they hold now ({@code 'Consultant'})
   */
  public record ValueRename(String column, String former, String current) {

    public ValueRename {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(former, "former");
      Objects.requireNonNull(current, "current");
    }
  }

  public TableInheritance {
    Objects.requireNonNull(strategy, "strategy");
    renamedValues =
        renamedValues.stream()
            .sorted(
                Comparator.comparing(ValueRename::column)
                    .thenComparing(ValueRename::former)
                    .thenComparing(ValueRename::current))
            .toList();
    if (strategy != Strategy.SINGLE_TABLE && !renamedValues.isEmpty()) {
      throw new IllegalArgumentException("Only a single table records its subclasses' values");
    }
    Objects.requireNonNull(discriminator, "discriminator");
    Objects.requireNonNull(subclassRows, "subclassRows");
    if (subclassRows.isPresent() && (strategy != Strategy.JOINED || discriminator.isPresent())) {
      throw new IllegalArgumentException("Only a joined subclass's table records its rows' mark");
    }
    subclasses = subclasses.stream().sorted().toList();
    if (strategy != Strategy.SINGLE_TABLE && !subclasses.isEmpty()) {
      throw new IllegalArgumentException("Only a single table holds the rows of subclasses");
    }
  }

  /** A table's part in a hierarchy, without a discriminator to fill earlier rows with. */
  public TableInheritance(Strategy strategy, List<String> subclasses) {
    this(strategy, subclasses, Optional.empty());
  }

  /** A root's or single table's part in a hierarchy. */
  public TableInheritance(
      Strategy strategy, List<String> subclasses, Optional<Discriminator> discriminator) {
    this(strategy, subclasses, discriminator, List.of(), Optional.empty());
  }

  /** A single table's part in a hierarchy, with its subclasses' renamed values. */
  public TableInheritance(
      Strategy strategy,
      List<String> subclasses,
      Optional<Discriminator> discriminator,
      List<ValueRename> renamedValues) {
    this(strategy, subclasses, discriminator, renamedValues, Optional.empty());
  }

  /** A joined subclass's table, whose entity's rows the root's table marks with {@code rows}. */
  public static TableInheritance joinedSubclass(Optional<RowMark> rows) {
    return new TableInheritance(Strategy.JOINED, List.of(), Optional.empty(), List.of(), rows);
  }

  /**
   * Where the rows of the entity of {@code table}, this table, are marked: a root's by its own
   * value in its discriminator, a joined subclass's in the root's table.
   */
  public Optional<RowMark> ownRows(String table) {
    return discriminator
        .map(d -> new RowMark(table, d.column(), d.rootValue()))
        .or(() -> subclassRows);
  }

  /**
   * The value earlier rows take when {@code column} is added as this table's NOT NULL
   * discriminator, if it is.
   */
  public Optional<String> rootValueOf(ColumnDefinition column) {
    return discriminator
        .filter(d -> d.column().equals(column.name()))
        .filter(d -> !column.nullable() && column.defaultValue().isEmpty())
        .map(Discriminator::rootValue);
  }
}
