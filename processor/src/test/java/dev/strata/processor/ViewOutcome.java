package dev.strata.processor;

/**
 * What Hibernate did with one generated view entity on one database: the database refused the
 * view's query, Hibernate's validation refused the column, loading the rows failed, or all went
 * well.
 */
record ViewOutcome(Kind kind, String message) {

  enum Kind {
    OK,
    CREATE_FAILED,
    VALIDATE_FAILED,
    LOAD_FAILED
  }

  static final ViewOutcome OK = new ViewOutcome(Kind.OK, "");

  static ViewOutcome of(Kind kind, Throwable failure) {
    Throwable root = failure;
    StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
      text.append(" / ").append(root.getMessage());
    }
    return new ViewOutcome(kind, text.toString().replace('\n', ' '));
  }

  boolean ok() {
    return kind == Kind.OK;
  }

  @Override
  public String toString() {
    return ok() ? "OK" : kind + ": " + message;
  }
}
