package dev.strata.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * How a table takes part in a JPA entity hierarchy, recorded so that a later version can tell a
 * change of inheritance strategy (which no table operation realises) from an ordinary change, and
 * so that an incremental build finds again the subclasses whose columns a single table holds.
 *
 * @param strategy the hierarchy's {@code InheritanceType}
 * @param subclasses the qualified names of the entity subclasses whose rows the table also holds
 *     (single table only), sorted
 */
public record TableInheritance(Strategy strategy, List<String> subclasses) {

  /** JPA's {@code InheritanceType}, by the names it gives them. */
  public enum Strategy {
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS
  }

  public TableInheritance {
    Objects.requireNonNull(strategy, "strategy");
    subclasses = subclasses.stream().sorted().toList();
    if (strategy != Strategy.SINGLE_TABLE && !subclasses.isEmpty()) {
      throw new IllegalArgumentException("Only a single table holds the rows of subclasses");
    }
  }
}
