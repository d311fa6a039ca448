package dev.strata.runtime.internal;

import dev.strata.runtime.Migration;
import dev.strata.runtime.Operations;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Operations} that render each call through a dialect and execute nothing: the statements a
 * migration would run, for dry runs and for reports of migrations that did not finish.
 */
final class RecordingOperations implements Operations {

  private final Dialect dialect;
  private final List<String> statements = new ArrayList<>();

  private RecordingOperations(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The statements of {@code migration} in {@code direction}, in order. */
  static List<String> render(Dialect dialect, Migration migration, Direction direction) {
    RecordingOperations ops = new RecordingOperations(dialect);
    direction.run(migration, ops);
    return List.copyOf(ops.statements);
  }

  @Override
  public void createView(String name, String sql) {
    statements.add(dialect.createView(checked(name), sql));
  }

  @Override
  public void replaceView(String name, String sql) {
    statements.addAll(dialect.replaceView(checked(name), sql));
  }

  @Override
  public void dropView(String name) {
    statements.add(dialect.dropView(checked(name)));
  }

  @Override
  public void renameView(String from, String to) {
    statements.add(dialect.renameView(from, Identifiers.renamed(checked(from), checked(to))));
  }

  @Override
  public void execute(String sql) {
    statements.add(sql);
  }

  private static String checked(String name) {
    return Identifiers.requireValid(name, "view name");
  }
}
