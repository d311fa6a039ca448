package dev.strata.processor.snapshot;

import dev.strata.processor.json.JsonOutput;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.model.ViewOptions;
import java.io.IOException;
import java.util.List;

/**
 * The JSON layout of a snapshot file, key by key: what a reviewer reads in a pull request. Keys
 * that have nothing to say are left out, so a module without tables never shows {@code tables}.
 * Each record writes its own keys, in the file's order, with the rule of each key (always there, or
 * left out when empty, {@code null} or false); {@link SnapshotDecoder} reads them back field by
 * field and allows no other key than a record's components.
 */
record SnapshotJson(
    int formatVersion,
    int version,
    String set,
    String parent,
    // since 0.2, and only when not 1, so that older snapshots read and write the same
    Integer planningRules,
    List<ViewJson> views,
    List<TableJson> tables,
    // since 0.2, and only when there are some, so that older snapshots read and write the same
    List<StepJson> steps) {

  /** The rules of the layout: which keys are always there, which only when they say something. */
  void write(JsonOutput out) throws IOException {
    out.number("formatVersion", formatVersion);
    out.number("version", version);
    out.nonEmpty("set", set);
    out.nonEmpty("parent", parent);
    if (planningRules != null) {
      out.number("planningRules", planningRules);
    }
    out.objects("views", views, (o, view) -> o.object(view::write));
    out.nonEmptyObjects("tables", tables, (o, table) -> o.object(table::write));
    out.nonEmptyObjects("steps", steps, (o, step) -> o.object(step::write));
  }

  static SnapshotJson of(Snapshot snapshot) {
    return new SnapshotJson(
        Snapshot.FORMAT_VERSION,
        snapshot.version(),
        snapshot.set(),
        snapshot.parent().orElse(null),
        snapshot.rules() == PlanningRules.VIEWS_PER_TABLE ? null : snapshot.rules().number(),
        snapshot.schema().views().stream().map(ViewJson::of).toList(),
        snapshot.schema().tables().stream().map(TableJson::of).toList(),
        snapshot.steps().stream().map(StepJson::of).toList());
  }

  /** A hand-written step: its class, and {@code BEFORE_GENERATED} or {@code AFTER_GENERATED}. */
  record StepJson(String className, String runs) {

    void write(JsonOutput out) throws IOException {
      out.string("class", className);
      out.string("runs", runs);
    }

    static StepJson of(StepDefinition step) {
      return new StepJson(step.className(), step.position().name());
    }
  }

  record ViewJson(
      String name,
      String declaredBy,
      String sql,
      String hash,
      List<String> reads,
      List<String> columns,
      List<String> dependsOn,
      String renamedFrom,
      // since 0.2; absent where unknown, as in every older snapshot
      List<String> columnReads,
      // since 0.2, and only when there are some, so that older snapshots read and write the same
      List<DialectJson> dialects,
      // since 0.2, likewise: absent when the view has no option
      OptionsJson options,
      // since 0.2, and only for a materialized view, so that older snapshots read and write the
      // same
      MaterializedJson materialized) {

    void write(JsonOutput out) throws IOException {
      out.nonEmpty("name", name);
      out.nonEmpty("declaredBy", declaredBy);
      out.nonEmpty("sql", sql);
      out.nonEmpty("hash", hash);
      out.nonNullStrings("reads", reads);
      out.nonNullStrings("columns", columns);
      out.nonEmptyStrings("dependsOn", dependsOn);
      out.nonEmpty("renamedFrom", renamedFrom);
      out.nonNullStrings("columnReads", columnReads);
      out.nonEmptyObjects("dialects", dialects, (o, dialect) -> o.object(dialect::write));
      if (options != null) {
        out.object("options", options::write);
      }
      if (materialized != null) {
        out.object("materialized", materialized::write);
      }
    }

    static ViewJson of(ViewDefinition view) {
      return new ViewJson(
          view.name(),
          view.declaredBy(),
          view.sql(),
          view.hash(),
          view.reads().orElse(null),
          view.columns().orElse(null),
          view.dependsOn(),
          view.renamedFrom().orElse(null),
          view.columnReads().map(ColumnReads::entries).orElse(null),
          view.dialects().stream()
              .map(d -> new DialectJson(d.database(), d.sql(), d.hash(), d.columns().orElse(null)))
              .toList(),
          view.options().isNone() ? null : OptionsJson.of(view.options()),
          view.materialized().map(MaterializedJson::of).orElse(null));
    }
  }

  /** A view's query on one database. */
  record DialectJson(String database, String sql, String hash, List<String> columns) {

    void write(JsonOutput out) throws IOException {
      out.string("database", database);
      out.string("sql", sql);
      out.string("hash", hash);
      out.nonNullStrings("columns", columns);
    }
  }

  /** A view's options, each only when it is not the default. */
  record OptionsJson(
      String checkOption, String security, boolean securityBarrier, String algorithm) {

    void write(JsonOutput out) throws IOException {
      out.nonEmpty("checkOption", checkOption);
      out.nonEmpty("security", security);
      out.trueOnly("securityBarrier", securityBarrier);
      out.nonEmpty("algorithm", algorithm);
    }

    static OptionsJson of(ViewOptions options) {
      return new OptionsJson(
          options.checkOption() == ViewOptions.NONE.checkOption()
              ? null
              : options.checkOption().name(),
          options.security() == ViewOptions.NONE.security() ? null : options.security().name(),
          options.securityBarrier(),
          options.algorithm() == ViewOptions.NONE.algorithm() ? null : options.algorithm().name());
    }
  }

  /** A materialized view's storage: filled when created or not, and its indexes. */
  record MaterializedJson(boolean withData, List<IndexJson> indexes) {

    void write(JsonOutput out) throws IOException {
      out.bool("withData", withData);
      out.nonEmptyObjects("indexes", indexes, (o, index) -> o.object(index::write));
    }

    static MaterializedJson of(Materialization materialized) {
      return new MaterializedJson(
          materialized.withData(), materialized.indexes().stream().map(IndexJson::of).toList());
    }
  }

  record TableJson(
      String name,
      String declaredBy,
      List<ColumnJson> columns,
      List<String> primaryKey,
      List<IndexJson> indexes,
      List<ForeignKeyJson> foreignKeys,
      String renamedFrom,
      // since 0.2, and only when there are some, so that older snapshots read and write the same
      List<SequenceJson> sequences,
      // since 0.2, likewise: the sequences of its keys that another table records
      List<SequenceJson> keySequences,
      // since 0.2, likewise
      List<CheckJson> checks,
      // since 0.2, only for a generator's table
      List<GeneratorRowJson> generatorRows,
      // since 0.2, and only for a table of an entity hierarchy
      InheritanceJson inheritance,
      // since 0.2, and only for the table of an entity Hibernate's @SoftDelete deletes softly
      SoftDeleteJson softDelete,
      // since 0.2, and only when there is one
      String comment) {

    void write(JsonOutput out) throws IOException {
      out.nonEmpty("name", name);
      out.nonEmpty("declaredBy", declaredBy);
      out.nonEmptyObjects("columns", columns, (o, column) -> o.object(column::write));
      out.nonEmptyStrings("primaryKey", primaryKey);
      out.nonEmptyObjects("indexes", indexes, (o, index) -> o.object(index::write));
      out.nonEmptyObjects("foreignKeys", foreignKeys, (o, key) -> o.object(key::write));
      out.nonEmpty("renamedFrom", renamedFrom);
      out.nonEmptyObjects("sequences", sequences, (o, sequence) -> o.object(sequence::write));
      out.nonEmptyObjects("keySequences", keySequences, (o, sequence) -> o.object(sequence::write));
      out.nonEmptyObjects("checks", checks, (o, check) -> o.object(check::write));
      out.nonEmptyObjects("generatorRows", generatorRows, (o, row) -> o.object(row::write));
      if (inheritance != null) {
        out.object("inheritance", inheritance::write);
      }
      if (softDelete != null) {
        out.object("softDelete", softDelete::write);
      }
      out.nonEmpty("comment", comment);
    }

    static TableJson of(TableDefinition table) {
      return new TableJson(
          table.name(),
          table.declaredBy(),
          table.columns().stream().map(ColumnJson::of).toList(),
          table.primaryKey(),
          table.indexes().stream().map(IndexJson::of).toList(),
          table.foreignKeys().stream().map(ForeignKeyJson::of).toList(),
          table.renamedFrom().orElse(null),
          table.sequences().stream().map(SequenceJson::of).toList(),
          table.keySequences().stream().map(SequenceJson::of).toList(),
          table.checks().stream().map(c -> new CheckJson(c.name(), c.condition())).toList(),
          table.generatorRows().stream().map(GeneratorRowJson::of).toList(),
          table.inheritance().map(InheritanceJson::of).orElse(null),
          table
              .softDelete()
              .map(flag -> new SoftDeleteJson(flag.column(), flag.liveValue()))
              .orElse(null),
          table.comment().orElse(null));
    }
  }

  record SoftDeleteJson(String column, String liveValue) {

    void write(JsonOutput out) throws IOException {
      out.string("column", column);
      out.string("liveValue", liveValue);
    }
  }

  record CheckJson(String name, String condition) {

    void write(JsonOutput out) throws IOException {
      out.string("name", name);
      out.string("condition", condition);
    }
  }

  record GeneratorRowJson(
      String segmentColumn,
      String segment,
      String valueColumn,
      long initialValue,
      // since 0.2, and only when known: the tables whose keys the row gives
      List<KeyUserJson> users) {

    void write(JsonOutput out) throws IOException {
      out.string("segmentColumn", segmentColumn);
      out.string("segment", segment);
      out.string("valueColumn", valueColumn);
      out.number("initialValue", initialValue);
      out.nonEmptyObjects("users", users, (o, user) -> o.object(user::write));
    }

    static GeneratorRowJson of(GeneratorRow row) {
      return new GeneratorRowJson(
          row.segmentColumn(),
          row.segment(),
          row.valueColumn(),
          row.initialValue(),
          row.users().stream().map(u -> new KeyUserJson(u.table(), u.increment())).toList());
    }
  }

  record KeyUserJson(String table, long increment) {

    void write(JsonOutput out) throws IOException {
      out.string("table", table);
      out.number("increment", increment);
    }
  }

  record SequenceJson(String name, long start, long increment) {

    void write(JsonOutput out) throws IOException {
      out.string("name", name);
      out.number("start", start);
      out.number("increment", increment);
    }

    static SequenceJson of(SequenceDefinition sequence) {
      return new SequenceJson(sequence.name(), sequence.start(), sequence.increment());
    }
  }

  record ColumnJson(
      String name,
      String type,
      boolean nullable,
      boolean identity,
      String renamedFrom,
      // since 0.2, and only when there is one
      String defaultValue,
      // since 0.2, and only when there is one
      String comment) {

    void write(JsonOutput out) throws IOException {
      out.nonEmpty("name", name);
      out.nonEmpty("type", type);
      out.bool("nullable", nullable);
      out.trueOnly("identity", identity);
      out.nonEmpty("renamedFrom", renamedFrom);
      out.nonEmpty("defaultValue", defaultValue);
      out.nonEmpty("comment", comment);
    }

    static ColumnJson of(ColumnDefinition column) {
      return new ColumnJson(
          column.name(),
          column.type(),
          column.nullable(),
          column.identity(),
          column.renamedFrom().orElse(null),
          column.defaultValue().orElse(null),
          column.comment().orElse(null));
    }
  }

  /** An index's {@code descending} columns are written only when it has some. */
  record IndexJson(String name, List<String> columns, boolean unique, List<String> descending) {

    void write(JsonOutput out) throws IOException {
      out.string("name", name);
      out.strings("columns", columns);
      out.bool("unique", unique);
      out.nonEmptyStrings("descending", descending);
    }

    static IndexJson of(IndexDefinition index) {
      return new IndexJson(index.name(), index.columns(), index.unique(), index.descending());
    }
  }

  /** A key's {@code onDelete} is written only when it has a rule, as snapshots had none before. */
  record ForeignKeyJson(
      String name,
      List<String> columns,
      String referencedTable,
      List<String> referencedColumns,
      String onDelete) {

    void write(JsonOutput out) throws IOException {
      out.string("name", name);
      out.strings("columns", columns);
      out.string("referencedTable", referencedTable);
      out.strings("referencedColumns", referencedColumns);
      out.nonEmpty("onDelete", onDelete);
    }

    static ForeignKeyJson of(ForeignKeyDefinition key) {
      return new ForeignKeyJson(
          key.name(),
          key.columns(),
          key.referencedTable(),
          key.referencedColumns(),
          key.onDelete() == ForeignKeyDefinition.OnDelete.NO_ACTION ? null : key.onDelete().name());
    }
  }
}
