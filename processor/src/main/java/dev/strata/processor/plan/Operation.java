package dev.strata.processor.plan;

import java.util.Objects;

/**
 * One call a generated migration makes on {@code dev.strata.runtime.Operations}.
 *
 * @param kind which call
 * @param view the view it acts on
 * @param sql the query, for creating and replacing; empty for dropping
 */
public record Operation(Kind kind, String view, String sql) {

  /** The calls of {@code Operations} that a generated migration makes. */
  public enum Kind {
    CREATE_VIEW("createView"),
    REPLACE_VIEW("replaceView"),
    DROP_VIEW("dropView");

    private final String methodName;

    Kind(String methodName) {
      this.methodName = methodName;
    }

    /** The name of the {@code Operations} method. */
    public String methodName() {
      return methodName;
    }
  }

  public Operation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(sql, "sql");
    if ((kind == Kind.DROP_VIEW) != sql.isEmpty()) {
      throw new IllegalArgumentException(kind + " of " + view + " with SQL \"" + sql + "\"");
    }
  }

  public static Operation createView(String view, String sql) {
    return new Operation(Kind.CREATE_VIEW, view, sql);
  }

  public static Operation replaceView(String view, String sql) {
    return new Operation(Kind.REPLACE_VIEW, view, sql);
  }

  public static Operation dropView(String view) {
    return new Operation(Kind.DROP_VIEW, view, "");
  }
}
