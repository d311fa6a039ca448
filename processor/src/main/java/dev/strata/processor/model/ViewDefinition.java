package dev.strata.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One database view as the schema model knows it: the query as the user wrote it, and what Strata
 * learnt from it when it was recorded, so that planning a migration later depends on the snapshots
 * alone and not on the version of the SQL parser. Built with {@link #builder}, so that a caller
 * names only the parts it has; copied with {@link #toBuilder} or a {@code with...} method.
 *
 * @param name the view's name in the database, a valid SQL identifier
 * @param sql the defining query, exactly as written in {@code @View(sql = ...)}
 * @param declaredBy the qualified name of the class carrying the {@code @View} annotation
 * @param hash the SHA-256 of the query's canonical form; equal hashes mean the same query
 * @param reads the lower-case names of the tables and views the query reads, if it was parsed
 * @param columns the canonical select items, if known; decides whether a change is in place
 * @param dependsOn views this one reads that the parser cannot see, from {@code @View(dependsOn)}
 * @param renamedFrom the name the view had before, from {@code @View(renamedFrom)}
 * @param columnReads which columns of the relations it reads the query may read, if it was parsed
 *     and recorded by a Strata that knew them (absent in older snapshots: every column counts)
 * @param dialects the queries that replace {@code sql} on particular databases, by database
 * @param options the view's options ({@link ViewOptions#NONE} in older snapshots)
 * @param materialized how it stores its rows, if it is a materialized view
 */
public record ViewDefinition(
    String name,
    String sql,
    String declaredBy,
    String hash,
    Optional<List<String>> reads,
    Optional<List<String>> columns,
    List<String> dependsOn,
    Optional<String> renamedFrom,
    Optional<ColumnReads> columnReads,
    List<DialectQuery> dialects,
    ViewOptions options,
    Optional<Materialization> materialized) {

  public ViewDefinition {
    Objects.requireNonNull(options, "options");
    // sorted: snapshots and generated code list the dialects in this order
    dialects = dialects.stream().sorted(Comparator.comparing(DialectQuery::database)).toList();
    for (int i = 1; i < dialects.size(); i++) {
      if (dialects.get(i).database().equals(dialects.get(i - 1).database())) {
        throw new IllegalArgumentException(
            "View " + name + " has two queries for " + dialects.get(i).database());
      }
    }
    Objects.requireNonNull(columnReads, "columnReads");
    Objects.requireNonNull(materialized, "materialized");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(declaredBy, "declaredBy");
    Objects.requireNonNull(hash, "hash");
    if (!SqlIdentifiers.isValid(name)) {
      throw new IllegalArgumentException("Not a valid view name: " + name);
    }
    if (sql.isBlank()) {
      throw new IllegalArgumentException("View " + name + " has no SQL");
    }
    reads = reads.map(names -> names.stream().sorted().distinct().toList());
    columns = columns.map(List::copyOf);
    dependsOn = dependsOn.stream().sorted().distinct().toList();
    renamedFrom = renamedFrom.filter(previous -> !previous.isEmpty());
  }

  /**
   * A view to build from its query and that query's hash: plain, with no options or dialects, and
   * nothing known of what the query reads until the builder says so.
   */
  public static Builder builder(String name, String sql, String declaredBy, String hash) {
    return new Builder(name, sql, declaredBy, hash);
  }

  /** A builder that starts from this view, to build a copy with other parts. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This view, materialized as {@code materialized} says, or plain when it is empty. */
  public ViewDefinition withMaterialized(Optional<Materialization> materialized) {
    return toBuilder().materialized(materialized).build();
  }

  /** Whether the database holds it the same way: both plain, or materialized alike. */
  public boolean sameStorageAs(ViewDefinition other) {
    return materialized.equals(other.materialized);
  }

  /** Whether every database would see the same query, with the same options, under this name. */
  public boolean sameQueryAs(ViewDefinition other) {
    return sameSqlAs(other) && options.equals(other.options);
  }

  /** Whether every database would see the same query, whatever the options. */
  public boolean sameSqlAs(ViewDefinition other) {
    if (this == other) {
      // a long history's snapshots share the views that did not change
      return true;
    }
    if (!hash.equals(other.hash) || dialects.size() != other.dialects.size()) {
      return false;
    }
    // both sorted by database, one query each: equal pair by pair means the same on every database
    for (int i = 0; i < dialects.size(); i++) {
      DialectQuery mine = dialects.get(i);
      DialectQuery theirs = other.dialects.get(i);
      if (!mine.database().equals(theirs.database()) || !mine.hash().equals(theirs.hash())) {
        return false;
      }
    }
    return true;
  }

  /** The query that runs on {@code database}: its dialect's, else the portable one. */
  public String sqlOn(String database) {
    return dialect(database).map(DialectQuery::sql).orElse(sql);
  }

  /** The columns of the query that runs on {@code database}, if known. */
  public Optional<List<String>> columnsOn(String database) {
    return dialect(database).map(DialectQuery::columns).orElse(columns);
  }

  /** The databases whose query is its own, the portable one's columns standing for the others. */
  public List<String> databasesWithOwnQuery() {
    return dialects.stream().map(DialectQuery::database).toList();
  }

  /** This view with a hash computed again, for this Strata's comparison rules. */
  public ViewDefinition withHashes(String hash, List<DialectQuery> dialects) {
    return toBuilder().hash(hash).dialects(dialects).build();
  }

  private Optional<DialectQuery> dialect(String database) {
    return dialects.stream().filter(query -> query.database().equals(database)).findFirst();
  }

  /**
   * Builds a view part by part, each part empty (or {@link ViewOptions#NONE}) unless set; {@link
   * #build()} checks and sorts them as the record's constructor does.
   */
  public static final class Builder {
    private final String name;
    private final String sql;
    private final String declaredBy;
    private String hash;
    private Optional<List<String>> reads = Optional.empty();
    private Optional<List<String>> columns = Optional.empty();
    private List<String> dependsOn = List.of();
    private Optional<String> renamedFrom = Optional.empty();
    private Optional<ColumnReads> columnReads = Optional.empty();
    private List<DialectQuery> dialects = List.of();
    private ViewOptions options = ViewOptions.NONE;
    private Optional<Materialization> materialized = Optional.empty();

    private Builder(String name, String sql, String declaredBy, String hash) {
      this.name = name;
      this.sql = sql;
      this.declaredBy = declaredBy;
      this.hash = hash;
    }

    private Builder(ViewDefinition view) {
      this(view.name, view.sql, view.declaredBy, view.hash);
      this.reads = view.reads;
      this.columns = view.columns;
      this.dependsOn = view.dependsOn;
      this.renamedFrom = view.renamedFrom;
      this.columnReads = view.columnReads;
      this.dialects = view.dialects;
      this.options = view.options;
      this.materialized = view.materialized;
    }

    public Builder hash(String hash) {
      this.hash = hash;
      return this;
    }

    public Builder reads(Optional<List<String>> reads) {
      this.reads = reads;
      return this;
    }

    public Builder columns(Optional<List<String>> columns) {
      this.columns = columns;
      return this;
    }

    public Builder dependsOn(List<String> dependsOn) {
      this.dependsOn = dependsOn;
      return this;
    }

    public Builder renamedFrom(Optional<String> renamedFrom) {
      this.renamedFrom = renamedFrom;
      return this;
    }

    public Builder columnReads(Optional<ColumnReads> columnReads) {
      this.columnReads = columnReads;
      return this;
    }

    public Builder dialects(List<DialectQuery> dialects) {
      this.dialects = dialects;
      return this;
    }

    public Builder options(ViewOptions options) {
      this.options = options;
      return this;
    }

    public Builder materialized(Optional<Materialization> materialized) {
      this.materialized = materialized;
      return this;
    }

    /**
     * @throws IllegalArgumentException if the name is not a valid SQL identifier, the query is
     *     blank or two dialects name one database
     */
    public ViewDefinition build() {
      return new ViewDefinition(
          name,
          sql,
          declaredBy,
          hash,
          reads,
          columns,
          dependsOn,
          renamedFrom,
          columnReads,
          dialects,
          options,
          materialized);
    }
  }
}
