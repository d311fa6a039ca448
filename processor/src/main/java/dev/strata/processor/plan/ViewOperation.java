package dev.strata.processor.plan;

import dev.strata.processor.model.Materialization;
import java.util.Objects;
import java.util.stream.Collectors;

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

  /**
   * Creates a materialized view with its indexes, filled from its query unless {@code materialized}
   * says otherwise; {@code reason} says why when it is created again.
   */
  record CreateMaterializedView(
      String view, String sql, Materialization materialized, String reason)
      implements ViewOperation {
    public CreateMaterializedView {
      Objects.requireNonNull(sql, "sql");
      Objects.requireNonNull(materialized, "materialized");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      arguments.sql(sql);
      arguments.flag(materialized.withData());
      arguments.indexes(materialized.indexes());
    }

    @Override
    public String checksumText() {
      return sql
          + "\nwithData="
          + materialized.withData()
          + ", indexes="
          + materialized.indexes().stream()
              .map(ChecksumFormat::index)
              .collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** Drops a materialized view and its rows; {@code reason} as for {@link DropView}. */
  record DropMaterializedView(String view, String reason) implements ViewOperation {
    public DropMaterializedView {
      Objects.requireNonNull(reason, "reason");
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
}
