package dev.strata.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The flag column of an entity that Hibernate's {@code @SoftDelete} deletes softly: NOT NULL
 * without a default, as Hibernate exports it. Rows that are there when a migration adds it are rows
 * not deleted, so they take {@code liveValue}: {@code FALSE} for the {@code DELETED} strategy,
 * {@code TRUE} for {@code ACTIVE}.
 *
 * @param column the flag column's name
 * @param liveValue the SQL literal of a row not deleted
 */
public record SoftDeleteColumn(String column, String liveValue) {

  public SoftDeleteColumn {
    Objects.requireNonNull(column, "column");
    if (!liveValue.equals("FALSE") && !liveValue.equals("TRUE")) {
      throw new IllegalArgumentException("A soft delete's live value is FALSE or TRUE");
    }
  }

  /** The value the rows already there take when {@code column} is added as this flag, if it is. */
  public Optional<String> liveValueOf(ColumnDefinition added) {
    return added.name().equals(column) && added.defaultValue().isEmpty()
        ? Optional.of(liveValue)
        : Optional.empty();
  }
}
