package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.QueryEnd;
import dev.strata.runtime.internal.dialect.RecordingOperations;
import dev.strata.runtime.internal.dialect.ScriptCatalog;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders migrations as a SQL script for review: a comment saying what records it in the history
 * ({@link HistoryNote}), the statement that says the script is UTF-8 where the database's client
 * needs it, then a comment naming each migration and its statements, each ending in a semicolon.
 * Nothing in it touches the history table.
 */
final class SqlScript {

  private SqlScript() {}

  /**
   * The script of {@code migrations}, restating each column they alter with what {@code catalog}
   * reads it has, as the run would.
   */
  static String of(
      Dialect dialect,
      Direction direction,
      List<LoadedMigration> migrations,
      ScriptCatalog catalog) {
    // rendered first: the opening comment depends on which migrations run hand-written steps
    List<List<String>> rendered = new ArrayList<>();
    List<String> withSteps = new ArrayList<>();
    for (LoadedMigration migration : migrations) {
      List<String> statements =
          RecordingOperations.render(dialect, migration.migration(), direction, catalog).stream()
              .map(String::strip)
              .toList();
      rendered.add(statements);
      if (statements.stream().anyMatch(RecordingOperations::isComment)) {
        withSteps.add(migration.label());
      }
    }
    StringBuilder script = new StringBuilder();
    script
        .append("-- Strata ")
        .append(direction.verb())
        .append(" rendered for ")
        .append(dialect.name())
        .append(migrations.isEmpty() ? ": nothing to run\n" : "; the history table is not shown\n");
    if (!migrations.isEmpty()) {
      script.append(HistoryNote.of(direction, migrations, withSteps));
      dialect.scriptEncoding().ifPresent(statement -> script.append(statement).append(";\n"));
    }
    for (int i = 0; i < migrations.size(); i++) {
      script.append("\n-- ").append(migrations.get(i).label()).append('\n');
      for (String text : rendered.get(i)) {
        // a statement ending in a line comment ends its line first, or the comment takes the ;
        script.append(
            RecordingOperations.isComment(text) ? text + "\n" : QueryEnd.closed(text) + ";\n");
      }
    }
    return script.toString();
  }
}
