package dev.strata.processor.sql;

import dev.strata.processor.model.Sha256;

/**
 * The hash a snapshot records for a query, from its canonical form alone, without the cost of
 * parsing it.
 */
public final class CanonicalHash {

  private CanonicalHash() {}

  /**
   * The hash {@link QueryAnalyzer#analyze} gives {@code sql}.
   *
   * @throws InvalidQueryException when a literal, quoted identifier or comment is not closed
   */
  public static String of(String sql) {
    return Sha256.hex(QueryReadings.of(sql).canonical());
  }
}
