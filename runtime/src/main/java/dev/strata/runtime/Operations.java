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

  /** Executes one statement as it is, for what the other operations cannot say. */
  void execute(String sql);
}
