package dev.strata.processor.verify;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.FunctionCalls;
import dev.strata.processor.sql.FunctionCalls.Argument;
import dev.strata.processor.sql.FunctionCalls.Call;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Calls that a target database computes otherwise than H2 where an argument is NULL. MySQL and
 * MariaDB make {@code CONCAT} NULL when an argument is, where H2 and PostgreSQL leave the argument
 * out ({@code CONCAT(first_name, ' ', middle_name)} is NULL there for a person without a middle
 * name, {@code 'Ada '} on H2); PostgreSQL computes {@code GREATEST} and {@code LEAST} over the
 * arguments that are not NULL, where MySQL, MariaDB and H2 outside PostgreSQL's mode give NULL, and
 * the other way round in that mode; all three make {@code CONCAT_WS} NULL when its separator is,
 * where H2 joins without one. The view is created, and its column holds other values, or its
 * condition picks other rows.
 *
 * <p>Judged on rows, not on the arguments' types: the query H2 ran is run again with each such call
 * written as the target computes it, in terms H2 computes alike in every mode, on the rows {@link
 * NullWitnesses} tries, and only rows on which the two return other rows are reported. An argument
 * that cannot be NULL (a {@code NOT NULL} column, a literal, a {@code COALESCE}) is left alone.
 * Measured on PostgreSQL 15 and MariaDB 10.11 ({@code NullArgumentsOracleTest}).
 */
final class NullArguments {

  /** A call as a database computes it, and what it does, in words that follow the call. */
  private record Reading(Function<Call, String> written, String described) {}

  private static final String NULL_WHEN_ANY =
      ", which MySQL and MariaDB make NULL when an argument is NULL, where H2";

  private static final String LEFT_OUT =
      ", which PostgreSQL computes over the arguments that are not NULL, where H2 in the mode that"
          + " checked the query makes it NULL when an argument is NULL";

  private static final String SEPARATOR =
      ", which the databases make NULL when its separator is NULL, where H2 joins the strings"
          + " without one";

  private static final Map<String, Reading> MYSQL =
      Map.of(
          "concat",
          new Reading(
              NullArguments::nullWhenAnyIs,
              NULL_WHEN_ANY + " and PostgreSQL leave that argument out"),
          "greatest",
          new Reading(
              NullArguments::nullWhenAnyIs,
              NULL_WHEN_ANY + " in the mode that checked the query leaves that argument out"),
          "least",
          new Reading(
              NullArguments::nullWhenAnyIs,
              NULL_WHEN_ANY + " in the mode that checked the query leaves that argument out"),
          "concat_ws",
          new Reading(NullArguments::nullWhenFirstIs, SEPARATOR));

  private static final Map<String, Reading> POSTGRES =
      Map.of(
          "greatest", new Reading(NullArguments::nullsLeftOut, LEFT_OUT),
          "least", new Reading(NullArguments::nullsLeftOut, LEFT_OUT),
          "concat_ws", new Reading(NullArguments::nullWhenFirstIs, SEPARATOR));

  private NullArguments() {}

  /**
   * The first such call of {@code sql}, the query of {@code view} that {@code database} runs, in
   * words that say what to write instead; empty when there is none, or when the tables the view
   * reads are not known.
   *
   * @param database {@code postgresql}, {@code mariadb} or {@code mysql}
   */
  static Optional<String> misread(
      NullWitnesses witnesses, Schema schema, ViewDefinition view, String sql, String database) {
    Map<String, Reading> readings = database.equals("postgresql") ? POSTGRES : MYSQL;
    List<Call> calls = FunctionCalls.of(sql, readings.keySet());
    if (calls.isEmpty()) {
      return Optional.empty();
    }
    try {
      String read = readAs(sql, readings);
      // one row in each table, else two, as an order or a grouping needs (LAG, HAVING COUNT(*))
      boolean twoRows = false;
      Optional<NullWitness> witness = witnesses.firstDiffering(schema, view, sql, read, false);
      if (witness.isEmpty()) {
        twoRows = true;
        witness = witnesses.firstDiffering(schema, view, sql, read, true);
      }
      if (witness.isEmpty()) {
        return Optional.empty();
      }
      Call named = calls.get(0);
      for (Call call : calls) {
        // the first call that differs alone, else the first: a call inside another may differ
        // only with it
        String alone = readAlone(sql, call.call(), readings);
        if (witnesses.firstDiffering(schema, view, sql, alone, twoRows).isPresent()) {
          named = call;
          break;
        }
      }
      Reading reading = readings.get(named.function());
      return Optional.of(
          named.call()
              + reading.described()
              + " (the rows differ "
              + witness.get().describe()
              + ")"
              + advice(named));
    } catch (SQLException e) {
      // the rows could not be tried: the query ran, and nothing was found to differ
      return Optional.empty();
    }
  }

  /**
   * {@code sql} with every call that {@code database} computes otherwise than H2 where an argument
   * is NULL written as it computes it.
   */
  static String readAs(String sql, String database) {
    return readAs(sql, database.equals("postgresql") ? POSTGRES : MYSQL);
  }

  /**
   * {@code sql} with every call of {@code readings} written as the target computes it, those inside
   * another's arguments too, so that a call and its copy elsewhere ({@code GROUP BY}) stay alike.
   */
  private static String readAs(String sql, Map<String, Reading> readings) {
    List<Call> calls = FunctionCalls.of(sql, readings.keySet());
    StringBuilder read = new StringBuilder(sql);
    // from the last, so that the earlier ones keep their places
    for (int i = calls.size() - 1; i >= 0; i--) {
      Call call = calls.get(i);
      if (calls.stream().noneMatch(other -> encloses(other, call))) {
        read.replace(call.start(), call.start() + call.call().length(), readAs(call, readings));
      }
    }
    return read.toString();
  }

  /** {@code call}, the calls in its arguments read first, written as the target computes it. */
  private static String readAs(Call call, Map<String, Reading> readings) {
    StringBuilder written = new StringBuilder(call.call());
    for (int i = call.arguments().size() - 1; i >= 0; i--) {
      Argument argument = call.arguments().get(i);
      int from = argument.start() - call.start();
      written.replace(from, from + argument.text().length(), readAs(argument.text(), readings));
    }
    Call read =
        FunctionCalls.of(written.toString(), readings.keySet()).stream()
            .filter(rewritten -> rewritten.start() == 0)
            .findFirst()
            .orElse(call);
    return readings.get(call.function()).written().apply(read);
  }

  /** {@code sql} with only the occurrences of {@code text} written as the target computes it. */
  private static String readAlone(String sql, String text, Map<String, Reading> readings) {
    StringBuilder read = new StringBuilder(sql);
    List<Call> calls = FunctionCalls.of(sql, readings.keySet());
    for (int i = calls.size() - 1; i >= 0; i--) {
      Call occurrence = calls.get(i);
      if (occurrence.call().equals(text)) {
        read.replace(
            occurrence.start(),
            occurrence.start() + text.length(),
            readings.get(occurrence.function()).written().apply(occurrence));
      }
    }
    return read.toString();
  }

  private static boolean encloses(Call outer, Call inner) {
    return outer.start() < inner.start()
        && inner.start() + inner.call().length() <= outer.start() + outer.call().length();
  }

  private static String nullWhenAnyIs(Call call) {
    List<String> tests = new ArrayList<>();
    for (Argument argument : call.arguments()) {
      tests.add("(" + argument.text() + ") IS NULL");
    }
    return "CASE WHEN " + String.join(" OR ", tests) + " THEN NULL ELSE " + call.call() + " END";
  }

  private static String nullWhenFirstIs(Call call) {
    return "CASE WHEN ("
        + call.arguments().get(0).text()
        + ") IS NULL THEN NULL ELSE "
        + call.call()
        + " END";
  }

  /**
   * {@code GREATEST(COALESCE(a, b), COALESCE(b, a))}: each argument, else another that is not NULL,
   * so the greatest of those that are not NULL, and NULL when all are, in every mode.
   */
  private static String nullsLeftOut(Call call) {
    List<String> arguments = texts(call);
    List<String> coalesced = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      List<String> rotated = new ArrayList<>(arguments.subList(i, arguments.size()));
      rotated.addAll(arguments.subList(0, i));
      coalesced.add("COALESCE(" + String.join(", ", rotated) + ")");
    }
    return call.function().toUpperCase(Locale.ROOT) + "(" + String.join(", ", coalesced) + ")";
  }

  private static String advice(Call call) {
    List<String> arguments = texts(call);
    return switch (call.function()) {
      case "concat" ->
          ": write CONCAT_WS('', "
              + String.join(", ", arguments)
              + "), which leaves a NULL out on all of them, or COALESCE(x, '') each argument that"
              + " may be NULL";
      case "concat_ws" ->
          ": write CONCAT_WS(COALESCE("
              + arguments.get(0)
              + ", ''), ...) to join without one, or COALESCE the whole call";
      default ->
          ": write "
              + nullsLeftOut(call)
              + " to leave NULLs out on all of them, or CASE WHEN ... IS NULL THEN NULL ELSE ... END"
              + " to give NULL";
    };
  }

  private static List<String> texts(Call call) {
    return call.arguments().stream().map(Argument::text).toList();
  }
}
