package dev.strata.runtime;

/**
 * The vocabulary in which a {@link Migration} speaks to the database; the runtime renders each
 * operation in the DDL of the database it runs on.
 *
 * <pre>{@code
 * public void upgrade(Operations ops) {
 *   ops.replaceView("active_users", "SELECT id, email, name FROM users WHERE active = TRUE");
 * }
 * }</pre>
 */
public interface Operations {

  /** Creates a view that does not exist yet. */
  void createView(String name, String sql);

  /** Changes the query of an existing view, keeping its name. */
  void replaceView(String name, String sql);

  /** Drops an existing view. */
  void dropView(String name);

  /**
   * Renames an existing view, keeping its query. Views that read it are the migration's business:
   * depending on the database they follow the rename, break, or block it, so a migration drops and
   * recreates them around the rename where needed.
   *
   * <pre>{@code
   * ops.renameView("active_users", "current_users");
   * }</pre>
   *
   * @param from the view's current name, optionally schema-qualified
   * @param to the new name, unqualified or in the same schema as {@code from}: a rename never moves
   *     a view to another schema
   */
  void renameView(String from, String to);

  /** Executes one statement as it is, for what the other operations cannot say. */
  void execute(String sql);
}
