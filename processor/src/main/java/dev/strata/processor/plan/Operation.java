package dev.strata.processor.plan;

import java.util.Objects;

/**
 * One call a generated migration makes on {@code dev.strata.runtime.Operations}.
 *
 * @param kind which call
 * @param view the view it acts on (for a rename, its current name)
 * @param argument the query for a create or replace, the new name for a rename, else empty
 * @param reason why the planner added it, when that is not plain from the change itself; shown as a
 *     comment in the generated code, empty for none
 */
public record Operation(Kind kind, String view, String argument, String reason) {

  /** The calls of {@code Operations} that a generated migration makes. */
  public enum Kind {
    CREATE_VIEW("createView"),
    REPLACE_VIEW("replaceView"),
    DROP_VIEW("dropView"),
    RENAME_VIEW("renameView");

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
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(reason, "reason");
    if ((kind == Kind.DROP_VIEW) != argument.isEmpty()) {
      throw new IllegalArgumentException(kind + " of " + view + " with \"" + argument + "\"");
    }
  }

  public static Operation createView(String view, String sql) {
    return new Operation(Kind.CREATE_VIEW, view, sql, "");
  }

  public static Operation replaceView(String view, String sql) {
    return new Operation(Kind.REPLACE_VIEW, view, sql, "");
  }

  public static Operation dropView(String view) {
    return new Operation(Kind.DROP_VIEW, view, "", "");
  }

  public static Operation renameView(String view, String newName) {
    return new Operation(Kind.RENAME_VIEW, view, newName, "");
  }

  public Operation because(String why) {
    return new Operation(kind, view, argument, why);
  }
}
