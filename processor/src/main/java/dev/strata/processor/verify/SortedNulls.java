package dev.strata.processor.verify;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.NullOrdering;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A sort key that leaves the place of its NULLs to the database, where the rows depend on the
 * order: a window's ({@code ROW_NUMBER() OVER (ORDER BY score DESC)}), an ordered aggregate's, or a
 * query's with {@code LIMIT}. PostgreSQL sorts NULLs as the largest values, MySQL and MariaDB as
 * the smallest, H2 as its mode says (as the smallest outside PostgreSQL's mode), so the row ranked
 * first, or kept, is another. Judged on rows: the query H2 ran is run again with each such key
 * given the database's place for its NULLs, on two rows in each table the view reads, one with a
 * nullable column NULL ({@link NullWitnesses}), and only rows on which the two return other rows
 * are reported. Measured on PostgreSQL 15 and MariaDB 10.11 ({@code SortedNullsOracleTest}).
 */
final class SortedNulls {

  private SortedNulls() {}

  /**
   * The first such key of {@code sql}, the query of {@code view} that {@code database} runs, in
   * words that say what to write instead; empty when none differs, or when the tables the view
   * reads are not known.
   *
   * @param database {@code postgresql}, {@code mariadb} or {@code mysql}
   */
  static Optional<String> misread(
      NullWitnesses witnesses, Schema schema, ViewDefinition view, String sql, String database) {
    boolean postgres = database.equals("postgresql");
    NullOrdering.Placed placed = NullOrdering.placed(sql, postgres);
    if (placed.keys().isEmpty()) {
      return Optional.empty();
    }
    try {
      // with the calls the database computes otherwise where an argument is NULL read as it does
      // (GREATEST(warranty, 0) is never NULL on PostgreSQL)
      Optional<NullWitness> witness =
          witnesses.firstDiffering(
              schema, view, sql, NullArguments.readAs(placed.sql(), database), true);
      if (witness.isEmpty()) {
        return Optional.empty();
      }
      String named = placed.keys().get(0);
      for (int i = 0; i < placed.keys().size(); i++) {
        // the first key that differs alone, else the first
        String alone = NullArguments.readAs(placed.alone().get(i), database);
        if (witnesses.firstDiffering(schema, view, sql, alone, true).isPresent()) {
          named = placed.keys().get(i);
          break;
        }
      }
      return Optional.of(describe(named, postgres, witness.get()));
    } catch (SQLException e) {
      // the rows could not be tried: the query ran, and nothing was found to differ
      return Optional.empty();
    }
  }

  private static String describe(String key, boolean postgres, NullWitness rows) {
    String value = key.replaceFirst("(?i)\\s+(ASC|DESC)$", "");
    return "ORDER BY "
        + key
        + ", a sort key that leaves the place of its NULLs to the database: "
        + (postgres
            ? "PostgreSQL sorts NULLs as the largest values, where H2 in the mode that checked the"
                + " query sorts them as the smallest"
            : "MySQL and MariaDB sort NULLs as the smallest values, where H2 in the mode that"
                + " checked the query sorts them as the largest")
        + " (the rows differ "
        + rows.describe()
        + "): sort by whether it is NULL first, "
        + value
        + " IS NULL, "
        + key
        + " for NULLs last (or "
        + value
        + " IS NULL DESC, "
        + key
        + " for first), which all of them read alike; where the key is an alias or a column's"
        + " number, sort by the expression itself, and under DISTINCT or a UNION select the test"
        + " as a column too";
  }
}
