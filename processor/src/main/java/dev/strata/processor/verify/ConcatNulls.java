package dev.strata.processor.verify;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CONCAT} of an argument that is NULL, which MySQL and MariaDB make NULL, where H2 and
 * PostgreSQL leave the argument out: {@code CONCAT(first_name, ' ', middle_name)} is NULL there for
 * a person without a middle name, and {@code 'Ada '} on H2. The view is created, and its column
 * holds NULLs, or its condition picks other rows. Judged on rows, not on the arguments' types: the
 * query H2 ran is run again with each {@code CONCAT} read as MySQL reads it (NULL when an argument
 * is NULL), on the rows {@link NullWitnesses} tries, and only rows on which the two readings return
 * other rows are reported: an argument that cannot be NULL (a {@code NOT NULL} column, a literal, a
 * {@code COALESCE}) is left alone. Measured on MariaDB 10.11 ({@code ConcatNullsOracleTest}).
 */
final class ConcatNulls {

  private ConcatNulls() {}

  /**
   * The first {@code CONCAT} of {@code sql}, the query of {@code view} that MySQL or MariaDB runs,
   * whose reading there returns other rows than H2's on some rows of the tables, in words that say
   * what to write instead; empty when there is none, or when the tables the view reads are not
   * known.
   */
  static Optional<String> misread(
      NullWitnesses witnesses, Schema schema, ViewDefinition view, String sql) {
    Set<String> written = new LinkedHashSet<>();
    for (Call call : FunctionCalls.of(sql, Set.of("concat"))) {
      written.add(call.call());
    }
    try {
      for (String call : written) {
        Optional<NullWitness> witness =
            witnesses.firstDiffering(schema, view, sql, readAsMySql(sql, call));
        if (witness.isPresent()) {
          return Optional.of(describe(call, sql, witness.get()));
        }
      }
    } catch (SQLException e) {
      // the rows could not be tried: the query ran, and nothing was found to differ
    }
    return Optional.empty();
  }

  /**
   * {@code sql} with each occurrence of {@code call} NULL when one of its arguments is, as MySQL
   * reads it; each occurrence, so that a select item and its {@code GROUP BY} stay the same.
   */
  private static String readAsMySql(String sql, String call) {
    StringBuilder read = new StringBuilder(sql);
    List<Call> calls = new ArrayList<>(FunctionCalls.of(sql, Set.of("concat")));
    // from the last, so that the earlier ones keep their places
    for (int i = calls.size() - 1; i >= 0; i--) {
      Call occurrence = calls.get(i);
      if (occurrence.call().equals(call)) {
        read.replace(
            occurrence.start(), occurrence.start() + call.length(), nullWhenAnyIs(occurrence));
      }
    }
    return read.toString();
  }

  private static String nullWhenAnyIs(Call call) {
    List<String> tests = new ArrayList<>();
    for (Argument argument : call.arguments()) {
      tests.add("(" + argument.text() + ") IS NULL");
    }
    return "CASE WHEN " + String.join(" OR ", tests) + " THEN NULL ELSE " + call.call() + " END";
  }

  private static String describe(String call, String sql, NullWitness witness) {
    Call first =
        FunctionCalls.of(sql, Set.of("concat")).stream()
            .filter(occurrence -> occurrence.call().equals(call))
            .findFirst()
            .orElseThrow();
    List<String> arguments = first.arguments().stream().map(Argument::text).toList();
    return call
        + ", which MySQL and MariaDB make NULL when an argument is NULL, where H2 and PostgreSQL"
        + " leave that argument out (the rows differ "
        + witness.describe()
        + "): write CONCAT_WS('', "
        + String.join(", ", arguments)
        + "), which leaves a NULL out on all of them, or COALESCE the argument";
  }
}
