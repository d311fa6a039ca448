package dev.strata.processor.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;

/**
 * The JSON layout of a snapshot file, key by key: what a reviewer reads in a pull request. Keys
 * that have nothing to say are left out, so a module without tables never shows {@code tables}.
 * Written through Jackson; read back field by field by {@link SnapshotDecoder}, which checks what
 * Jackson's binding would let through.
 */
@JsonPropertyOrder({
  "formatVersion",
  "version",
  "set",
  "parent",
  "planningRules",
  "views",
  "tables",
  "steps"
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record SnapshotJson(
    @JsonProperty(value = "formatVersion", required = true) int formatVersion,
    @JsonProperty(value = "version", required = true) int version,
    @JsonProperty(value = "set", required = true) String set,
    @JsonProperty("parent") String parent,
    // since 0.2, and only when not 1, so that older snapshots read and write the same
    @JsonProperty("planningRules") @JsonInclude(JsonInclude.Include.NON_NULL) Integer planningRules,
    @JsonProperty(value = "views", required = true) @JsonInclude(JsonInclude.Include.ALWAYS)
        List<ViewJson> views,
    @JsonProperty("tables") List<TableJson> tables,
    // since 0.2, and only when there are some, so that older snapshots read and write the same
    @JsonProperty("steps") List<StepJson> steps) {

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
  @JsonPropertyOrder({"class", "runs"})
  record StepJson(
      @JsonProperty(value = "class", required = true) String className,
      @JsonProperty(value = "runs", required = true) String runs) {

    static StepJson of(StepDefinition step) {
      return new StepJson(step.className(), step.position().name());
    }
  }

  @JsonPropertyOrder({
    "name",
    "declaredBy",
    "sql",
    "hash",
    "reads",
    "columns",
    "dependsOn",
    "renamedFrom",
    "columnReads",
    "materialized"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record ViewJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "declaredBy", required = true) String declaredBy,
      @JsonProperty(value = "sql", required = true) String sql,
      @JsonProperty(value = "hash", required = true) String hash,
      @JsonProperty("reads") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> reads,
      @JsonProperty("columns") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> columns,
      @JsonProperty("dependsOn") List<String> dependsOn,
      @JsonProperty("renamedFrom") String renamedFrom,
      // since 0.2; absent where unknown, as in every older snapshot
      @JsonProperty("columnReads") @JsonInclude(JsonInclude.Include.NON_NULL)
          List<String> columnReads,
      // since 0.2, and only for a materialized view, so that older snapshots read and write the
      // same
      @JsonProperty("materialized") @JsonInclude(JsonInclude.Include.NON_NULL)
          MaterializedJson materialized) {

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
          view.materialized().map(MaterializedJson::of).orElse(null));
    }
  }

  /** A materialized view's storage: filled when created or not, and its indexes. */
  @JsonPropertyOrder({"withData", "indexes"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MaterializedJson(
      @JsonProperty(value = "withData", required = true) @JsonInclude(JsonInclude.Include.ALWAYS)
          boolean withData,
      @JsonProperty("indexes") List<IndexJson> indexes) {

    static MaterializedJson of(Materialization materialized) {
      return new MaterializedJson(
          materialized.withData(), materialized.indexes().stream().map(IndexJson::of).toList());
    }
  }

  @JsonPropertyOrder({
    "name",
    "declaredBy",
    "columns",
    "primaryKey",
    "indexes",
    "foreignKeys",
    "renamedFrom",
    "sequences",
    "checks",
    "generatorRows",
    "inheritance"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TableJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "declaredBy", required = true) String declaredBy,
      @JsonProperty(value = "columns", required = true) List<ColumnJson> columns,
      @JsonProperty("primaryKey") List<String> primaryKey,
      @JsonProperty("indexes") List<IndexJson> indexes,
      @JsonProperty("foreignKeys") List<ForeignKeyJson> foreignKeys,
      @JsonProperty("renamedFrom") String renamedFrom,
      // since 0.2, and only when there are some, so that older snapshots read and write the same
      @JsonProperty("sequences") List<SequenceJson> sequences,
      // since 0.2, likewise
      @JsonProperty("checks") List<CheckJson> checks,
      // since 0.2, only for a generator's table
      @JsonProperty("generatorRows") List<GeneratorRowJson> generatorRows,
      // since 0.2, and only for a table of an entity hierarchy
      @JsonProperty("inheritance") InheritanceJson inheritance) {

    static TableJson of(TableDefinition table) {
      return new TableJson(
          table.name(),
          table.declaredBy(),
          table.columns().stream().map(ColumnJson::of).toList(),
          table.primaryKey(),
          table.indexes().stream().map(IndexJson::of).toList(),
          table.foreignKeys().stream()
              .map(
                  k ->
                      new ForeignKeyJson(
                          k.name(), k.columns(), k.referencedTable(), k.referencedColumns()))
              .toList(),
          table.renamedFrom().orElse(null),
          table.sequences().stream()
              .map(q -> new SequenceJson(q.name(), q.start(), q.increment()))
              .toList(),
          table.checks().stream().map(c -> new CheckJson(c.name(), c.condition())).toList(),
          table.generatorRows().stream()
              .map(
                  r ->
                      new GeneratorRowJson(
                          r.segmentColumn(), r.segment(), r.valueColumn(), r.initialValue()))
              .toList(),
          table
              .inheritance()
              .map(i -> new InheritanceJson(i.strategy().name(), i.subclasses()))
              .orElse(null));
    }
  }

  @JsonPropertyOrder({"name", "condition"})
  record CheckJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "condition", required = true) String condition) {}

  @JsonPropertyOrder({"segmentColumn", "segment", "valueColumn", "initialValue"})
  record GeneratorRowJson(
      @JsonProperty(value = "segmentColumn", required = true) String segmentColumn,
      @JsonProperty(value = "segment", required = true) String segment,
      @JsonProperty(value = "valueColumn", required = true) String valueColumn,
      @JsonProperty(value = "initialValue", required = true) long initialValue) {}

  @JsonPropertyOrder({"strategy", "subclasses"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record InheritanceJson(
      @JsonProperty(value = "strategy", required = true) String strategy,
      @JsonProperty("subclasses") List<String> subclasses) {}

  @JsonPropertyOrder({"name", "start", "increment"})
  record SequenceJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "start", required = true) long start,
      @JsonProperty(value = "increment", required = true) long increment) {}

  @JsonPropertyOrder({"name", "type", "nullable", "identity", "renamedFrom", "defaultValue"})
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  record ColumnJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "type", required = true) String type,
      @JsonProperty("nullable") @JsonInclude(JsonInclude.Include.ALWAYS) boolean nullable,
      @JsonProperty("identity") boolean identity,
      @JsonProperty("renamedFrom") String renamedFrom,
      // since 0.2, and only when there is one
      @JsonProperty("defaultValue") String defaultValue) {

    static ColumnJson of(ColumnDefinition column) {
      return new ColumnJson(
          column.name(),
          column.type(),
          column.nullable(),
          column.identity(),
          column.renamedFrom().orElse(null),
          column.defaultValue().orElse(null));
    }
  }

  @JsonPropertyOrder({"name", "columns", "unique"})
  record IndexJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "columns", required = true) List<String> columns,
      @JsonProperty(value = "unique", required = true) boolean unique) {

    static IndexJson of(IndexDefinition index) {
      return new IndexJson(index.name(), index.columns(), index.unique());
    }
  }

  @JsonPropertyOrder({"name", "columns", "referencedTable", "referencedColumns"})
  record ForeignKeyJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "columns", required = true) List<String> columns,
      @JsonProperty(value = "referencedTable", required = true) String referencedTable,
      @JsonProperty(value = "referencedColumns", required = true) List<String> referencedColumns) {}
}
