package dev.strata.processor.model;

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
 */
public record TableInheritance(
    Strategy strategy, List<String> subclasses, Optional<Discriminator> discriminator) {

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

  public TableInheritance {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(discriminator, "discriminator");
    subclasses = subclasses.stream().sorted().toList();
    if (strategy != Strategy.SINGLE_TABLE && !subclasses.isEmpty()) {
      throw new IllegalArgumentException("Only a single table holds the rows of subclasses");
    }
  }

  /** A table's part in a hierarchy, without a discriminator to fill earlier rows with. */
  public TableInheritance(Strategy strategy, List<String> subclasses) {
    this(strategy, subclasses, Optional.empty());
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
