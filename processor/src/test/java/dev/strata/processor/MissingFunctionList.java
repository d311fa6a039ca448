package dev.strata.processor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of the functions that H2 runs and a database lacks, as the processor reads it ({@code
 * postgres-missing-functions.tsv}, {@code mariadb-missing-functions.tsv}), for the oracle tests
 * that measure it.
 *
 * @param name the function's name, in lower case
 * @param h2Call a call of it that H2 runs
 * @param databaseCall what the database runs instead; empty when it has nothing alike
 * @param since the first release of PostgreSQL that has it; 0 for none measured
 */
record MissingFunctionList(String name, String h2Call, String databaseCall, int since) {

  /** The lines of the list {@code file} under the processor's {@code sql} resources. */
  static List<MissingFunctionList> read(String file) throws IOException {
    List<MissingFunctionList> listed = new ArrayList<>();
    try (InputStream in =
        MissingFunctionList.class.getResourceAsStream("/dev/strata/processor/sql/" + file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        int since = fields.length > 5 ? Integer.parseInt(fields[5]) : 0;
        listed.add(new MissingFunctionList(fields[0], fields[1], fields[2], since));
      }
    }
    return listed;
  }

  /** The names of the listed functions. */
  static Set<String> names(String file) throws IOException {
    Set<String> names = new TreeSet<>();
    read(file).forEach(function -> names.add(function.name()));
    return names;
  }

  /**
   * The functions H2 declares built in, and its aggregates, in lower case: read from H2's own
   * tables, so that a function a later H2 adds is measured too.
   */
  static Set<String> h2Functions() throws ReflectiveOperationException {
    Set<String> names = new TreeSet<>();
    Field functions =
        Class.forName("org.h2.expression.function.BuiltinFunctions").getDeclaredField("FUNCTIONS");
    functions.setAccessible(true);
    for (Object name : (Collection<?>) functions.get(null)) {
      names.add(name.toString().toLowerCase(Locale.ROOT));
    }
    for (Object aggregate :
        Class.forName("org.h2.expression.aggregate.AggregateType").getEnumConstants()) {
      names.add(aggregate.toString().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /**
   * H2's functions no view's rows would call, left out of every list: they read or write files, end
   * sessions, raise errors, measure the storage of a table, take geometries, read a session's last
   * value of a sequence, or are table functions and H2's own form of COUNT(*).
   */
  static final Set<String> NOT_FOR_VIEWS =
      Set.of(
          "abort_session",
          "cancel_session",
          "csvread",
          "csvwrite",
          "file_read",
          "file_write",
          "link_schema",
          "signal",
          "table_distinct",
          "count_all",
          "disk_space_used",
          "estimated_envelope",
          "envelope",
          "currval");

  /** Runs {@code sql} on {@code connection}, a database of H2's. */
  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
