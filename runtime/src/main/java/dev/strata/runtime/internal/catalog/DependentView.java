package dev.strata.runtime.internal.catalog;

/**
 * A view that reads another view or a table, as the database's catalog describes it, with what it
 * takes to drop it and create it again as it was.
 *
 * @param schema the schema (MySQL's database) it lives in, as the catalog stores it
 * @param name its name, as the catalog stores it
 * @param quoted its schema-qualified name, quoted, for SQL
 * @param definition its query, in a form that {@code CREATE VIEW} accepts back, with its check
 *     option on MySQL and MariaDB
 * @param head {@code CREATE VIEW} and its name with the options the database puts there: {@code SQL
 *     SECURITY} on MySQL and MariaDB, the storage parameters on PostgreSQL; so that a view created
 *     {@code SQL SECURITY INVOKER} comes back so
 * @param materialized whether it is a PostgreSQL materialized view, whose {@code definition} ends
 *     in {@code WITH DATA} or {@code WITH NO DATA} as it was filled or not
 */
public record DependentView(
    String schema,
    String name,
    String quoted,
    String definition,
    String head,
    boolean materialized) {

  /** The longest {@code head}, as a run that may be killed saves it. */
  public static final int MAX_HEAD = 600;

  /** A plain view created again with the options of {@code head}. */
  public DependentView(String schema, String name, String quoted, String definition, String head) {
    this(schema, name, quoted, definition, head, false);
  }

  /** A view created again with the database's default options, as a saved definition has it. */
  public DependentView(String schema, String name, String quoted, String definition) {
    this(schema, name, quoted, definition, "CREATE VIEW " + quoted);
  }

  /** How messages name it. */
  public String label() {
    return schema + "." + name;
  }

  public String createStatement() {
    return head + " AS " + definition;
  }

  public String dropStatement() {
    return (materialized ? "DROP MATERIALIZED VIEW " : "DROP VIEW ") + quoted;
  }
}
