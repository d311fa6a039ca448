package dev.strata.processor.plan;

import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.ViewOptions;
import java.util.List;
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

  /**
   * Creates a view; {@code reason} says why when it is created again. Its dialects replace {@code
   * sql} on their databases, and its options are rendered where the database has them.
   */
  record CreateView(
      String view, String sql, String reason, List<DialectQuery> dialects, ViewOptions options)
      implements ViewOperation {
    public CreateView {
      Objects.requireNonNull(sql, "sql");
      Objects.requireNonNull(reason, "reason");
      dialects = List.copyOf(dialects);
      Objects.requireNonNull(options, "options");
    }

    public CreateView(String view, String sql, String reason) {
      this(view, sql, reason, List.of(), ViewOptions.NONE);
    }

    public CreateView(String view, String sql) {
      this(view, sql, "");
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      writeQuery(arguments, sql, dialects, options);
    }

    @Override
    public String checksumText() {
      return queryText(sql, dialects, options);
    }
  }

  /** Replaces a view's query or options in place, keeping its columns and what reads it. */
  record ReplaceView(String view, String sql, List<DialectQuery> dialects, ViewOptions options)
      implements ViewOperation {
    public ReplaceView {
      dialects = List.copyOf(dialects);
      Objects.requireNonNull(options, "options");
    }

    public ReplaceView(String view, String sql) {
      this(view, sql, List.of(), ViewOptions.NONE);
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      writeQuery(arguments, sql, dialects, options);
    }

    @Override
    public String checksumText() {
      return queryText(sql, dialects, options);
    }
  }

  private static void writeQuery(
      Arguments arguments, String sql, List<DialectQuery> dialects, ViewOptions options) {
    if (dialects.isEmpty() && options.isNone()) {
      arguments.sql(sql);
    } else {
      arguments.query(sql, dialects, options);
    }
  }

  /** The query, then each dialect's and the options where there are any: see ChecksumFormat. */
  private static String queryText(String sql, List<DialectQuery> dialects, ViewOptions options) {
    StringBuilder text = new StringBuilder(sql);
    for (DialectQuery dialect : dialects) {
      text.append("\ndialect\t")
          .append(dialect.database())
          .append('\t')
          .append(dialect.sql().length())
          .append('\t')
          .append(dialect.sql());
    }
    if (!options.isNone()) {
      text.append("\noptions\t")
          .append(options.checkOption())
          .append('\t')
          .append(options.security())
          .append('\t')
          .append(options.securityBarrier())
          .append('\t')
          .append(options.algorithm());
    }
    return text.toString();
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
   * says otherwise; its dialects replace {@code sql} on their databases, as for {@link CreateView};
   * {@code reason} says why when it is created again.
   */
  record CreateMaterializedView(
      String view,
      String sql,
      List<DialectQuery> dialects,
      Materialization materialized,
      String reason)
      implements ViewOperation {
    public CreateMaterializedView {
      Objects.requireNonNull(sql, "sql");
      dialects = List.copyOf(dialects);
      Objects.requireNonNull(materialized, "materialized");
      Objects.requireNonNull(reason, "reason");
    }

    public CreateMaterializedView(
        String view, String sql, Materialization materialized, String reason) {
      this(view, sql, List.of(), materialized, reason);
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      writeQuery(arguments, sql, dialects, ViewOptions.NONE);
      arguments.flag(materialized.withData());
      arguments.indexes(materialized.indexes());
    }

    // the query alone without dialects, so that earlier migrations keep their checksums
    @Override
    public String checksumText() {
      return queryText(sql, dialects, ViewOptions.NONE)
          + "\nwithData="
          + materialized.withData()
          + ", indexes="
          + materialized.indexes().stream()
              .map(ChecksumFormat::index)
              .collect(Collectors.joining(", ", "[", "]"));
    }
  }

  /** Creates an index on a materialized view that stays as it is, keeping its rows. */
  record CreateMaterializedViewIndex(String view, IndexDefinition index) implements ViewOperation {
    public CreateMaterializedViewIndex {
      Objects.requireNonNull(index, "index");
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      arguments.index(index);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.index(index);
    }
  }

  /** Drops an index of a materialized view that stays as it is, keeping its rows. */
  record DropMaterializedViewIndex(String view, String index) implements ViewOperation {
    public DropMaterializedViewIndex {
      Objects.requireNonNull(index, "index");
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(view);
      arguments.name(index);
    }

    @Override
    public String checksumText() {
      return index;
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
