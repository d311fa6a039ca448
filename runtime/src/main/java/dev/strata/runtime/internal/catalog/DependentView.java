package dev.strata.runtime.internal.catalog;

/**
 * A view that reads another view or a table, as the database's catalog describes it, with what it
 * takes to drop it and create it again as it was.
 *
 * @param schema the schema (MySQL's database) it lives in, as the catalog stores it
 * @param name its name, as the catalog stores it
 * @param quoted its schema-qualified name, quoted, for SQL
 * @param definition its query, in a form that {@code CREATE VIEW} accepts back
 */
public record DependentView(String schema, String name, String quoted, String definition) {

  /** How messages name it. */
  public String label() {
    return schema + "." + name;
  }

  public String createStatement() {
    return "CREATE VIEW " + quoted + " AS " + definition;
  }

  public String dropStatement() {
    return "DROP VIEW " + quoted;
  }
}
