package dev.strata.processor.plan;

import java.util.Objects;

/** The operations on views. */
public sealed interface ViewOperation extends Operation {

  /** The view it acts on, under the name it has before the call. */
  String view();

  @Override
  default String target() {
    return view();
  }

  /** Creates a view; {@code reason} says why when it is created again. */
  record CreateView(String view, String sql, String reason) implements ViewOperation {
    public CreateView {
      Objects.requireNonNull(sql, "sql");
      Objects.requireNonNull(reason, "reason");
    }

    public CreateView(String view, String sql) {
      this(view, sql, "");
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      arguments.sql(sql);
    }

    @Override
    public String checksumText() {
      return sql;
    }
  }

  /** Replaces a view's query in place, keeping its columns and what reads it. */
  record ReplaceView(String view, String sql) implements ViewOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      arguments.sql(sql);
    }

    @Override
    public String checksumText() {
      return sql;
    }
  }

  /** Drops a view; {@code reason} says why when it is created again later in the migration. */
  record DropView(String view, String reason) implements ViewOperation {
    public DropView {
      Objects.requireNonNull(reason, "reason");
    }

    public DropView(String view) {
      this(view, "");
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
    }

    @Override
    public String checksumText() {
      return "";
    }
  }

  record RenameView(String view, String newName) implements ViewOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      arguments.name(newName);
    }

    @Override
    public String checksumText() {
      return newName;
    }
  }
}
