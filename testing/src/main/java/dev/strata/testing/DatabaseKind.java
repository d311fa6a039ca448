package dev.strata.testing;

/** The databases Strata is tested on, and how a test reaches each. */
public enum DatabaseKind {
  H2("H2", null, null),
  POSTGRESQL(
      "PostgreSQL",
      "STRATA_TEST_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
  MARIADB("MariaDB", "STRATA_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");

  private final String displayName;
  private final String urlVariable;
  private final String defaultUrl;

  DatabaseKind(String displayName, String urlVariable, String defaultUrl) {
    this.displayName = displayName;
    this.urlVariable = urlVariable;
    this.defaultUrl = defaultUrl;
  }

  public String displayName() {
    return displayName;
  }

  /** The server's JDBC URL: the environment variable if set, else the local default. */
  String serverUrl() {
    String configured = urlVariable == null ? null : System.getenv(urlVariable);
    return configured == null || configured.isBlank() ? defaultUrl : configured;
  }

  String urlVariable() {
    return urlVariable;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
