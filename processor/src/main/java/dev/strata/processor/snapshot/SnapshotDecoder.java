package dev.strata.processor.snapshot;

import dev.strata.View;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ColumnReads;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.ForeignKeyDefinition.OnDelete;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.KeyUser;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.SoftDeleteColumn;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.model.ViewOptions;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a snapshot's JSON tree into the model, checking every field against the layout {@link
 * SnapshotJson} writes: keys, types, no {@code null}, whole positive versions, a parent exactly
 * when the version follows another.
 */
final class SnapshotDecoder {

  private static final Pattern ID = Pattern.compile("\\d{4,}-[0-9a-f]{8}");

  // found once per layout: asking a class for its record components every time was a quarter of
  // decoding a long history
  private static final ClassValue<Set<String>> LAYOUT_KEYS =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> layout) {
          return Arrays.stream(layout.getRecordComponents())
              .map(RecordComponent::getName)
              .collect(Collectors.toUnmodifiableSet());
        }
      };

  private SnapshotDecoder() {}

  /**
   * @param views decodes the file's views, when their turn comes among the checks
   */
  static Snapshot decode(JsonFields root, Supplier<List<ViewDefinition>> views) {
    int format = root.positiveInt("formatVersion");
    if (format > Snapshot.FORMAT_VERSION) {
      throw root.fail(SnapshotMessages.newerFormat(format));
    }
    root.allowOnly(keysOf(SnapshotJson.class));
    int version = root.positiveInt("version");
    String set = root.string("set");
    if (set.isBlank()) {
      throw root.fail(SnapshotMessages.blank("set"));
    }
    Optional<String> parent = root.optionalString("parent");
    if (parent.isPresent() != (version > 1)) {
      throw root.fail(SnapshotMessages.parentMismatch(version));
    }
    if (parent.isPresent() && !ID.matcher(parent.get()).matches()) {
      throw root.fail(SnapshotMessages.notAnId(parent.get()));
    }
    PlanningRules rules = rules(root);
    List<ViewDefinition> decodedViews = views.get();
    List<TableDefinition> tables =
        root.optionalObjects("tables").stream().map(SnapshotDecoder::table).toList();
    Schema schema = model(root, () -> new Schema(decodedViews, tables));
    List<StepDefinition> steps =
        root.optionalObjects("steps").stream().map(SnapshotDecoder::step).toList();
    return model(root, () -> new Snapshot(version, set, parent, schema, rules, steps));
  }

  private static StepDefinition step(JsonFields step) {
    // "class" is no record component's name, so the keys are listed here
    step.allowOnly(Set.of("class", "runs"));
    String className = step.string("class");
    String runs = step.string("runs");
    StepPosition position;
    try {
      position = StepPosition.valueOf(runs);
    } catch (IllegalArgumentException e) {
      throw step.fail(SnapshotMessages.unknownStepPosition(step.path(), runs));
    }
    return model(step, () -> new StepDefinition(className, position));
  }

  /** Absent before Strata 0.2, and whenever the first rules apply. */
  private static PlanningRules rules(JsonFields root) {
    if (!root.has("planningRules")) {
      return PlanningRules.VIEWS_PER_TABLE;
    }
    int number = root.positiveInt("planningRules");
    try {
      return PlanningRules.of(number);
    } catch (IllegalArgumentException e) {
      throw root.fail(SnapshotMessages.newerPlanningRules(number));
    }
  }

  static ViewDefinition view(JsonFields view) {
    view.allowOnly(keysOf(SnapshotJson.ViewJson.class));
    String name = view.string("name");
    String declaredBy = view.string("declaredBy");
    String sql = view.string("sql");
    String hash = view.string("hash");
    Optional<List<String>> reads = view.optionalStrings("reads");
    Optional<List<String>> columns = view.optionalStrings("columns");
    List<String> dependsOn = view.optionalStrings("dependsOn").orElse(List.of());
    Optional<String> renamedFrom = view.optionalString("renamedFrom");
    Optional<List<String>> columnReads = view.optionalStrings("columnReads");
    List<DialectQuery> dialects =
        view.optionalObjects("dialects").stream().map(SnapshotDecoder::dialect).toList();
    ViewOptions options =
        view.optionalObject("options").map(SnapshotDecoder::options).orElse(ViewOptions.NONE);
    Optional<Materialization> materialized =
        view.optionalObject("materialized").map(SnapshotDecoder::materialized);
    return model(
        view,
        () ->
            ViewDefinition.builder(name, sql, declaredBy, hash)
                .reads(reads)
                .columns(columns)
                .dependsOn(dependsOn)
                .renamedFrom(renamedFrom)
                .columnReads(columnReads.map(ColumnReads::new))
                .dialects(dialects)
                .options(options)
                .materialized(materialized)
                .build());
  }

  private static DialectQuery dialect(JsonFields dialect) {
    dialect.allowOnly(keysOf(SnapshotJson.DialectJson.class));
    String database = dialect.string("database");
    String sql = dialect.string("sql");
    String hash = dialect.string("hash");
    Optional<List<String>> columns = dialect.optionalStrings("columns");
    return model(dialect, () -> new DialectQuery(database, sql, hash, columns));
  }

  private static ViewOptions options(JsonFields options) {
    options.allowOnly(keysOf(SnapshotJson.OptionsJson.class));
    Optional<String> checkOption = options.optionalString("checkOption");
    Optional<String> security = options.optionalString("security");
    boolean securityBarrier = options.optionalBool("securityBarrier");
    Optional<String> algorithm = options.optionalString("algorithm");
    return model(
        options,
        () ->
            new ViewOptions(
                checkOption.map(View.CheckOption::valueOf).orElse(View.CheckOption.NONE),
                security.map(View.Security::valueOf).orElse(View.Security.DEFAULT),
                securityBarrier,
                algorithm.map(View.Algorithm::valueOf).orElse(View.Algorithm.UNDEFINED)));
  }

  private static Materialization materialized(JsonFields materialized) {
    materialized.allowOnly(keysOf(SnapshotJson.MaterializedJson.class));
    boolean withData = materialized.bool("withData");
    List<IndexDefinition> indexes =
        materialized.optionalObjects("indexes").stream().map(SnapshotDecoder::index).toList();
    return model(materialized, () -> new Materialization(withData, indexes));
  }

  private static TableDefinition table(JsonFields table) {
    table.allowOnly(keysOf(SnapshotJson.TableJson.class));
    String name = table.string("name");
    String declaredBy = table.string("declaredBy");
    List<ColumnDefinition> columns =
        table.objects("columns").stream().map(SnapshotDecoder::column).toList();
    List<String> primaryKey = table.optionalStrings("primaryKey").orElse(List.of());
    List<IndexDefinition> indexes =
        table.optionalObjects("indexes").stream().map(SnapshotDecoder::index).toList();
    List<ForeignKeyDefinition> foreignKeys =
        table.optionalObjects("foreignKeys").stream().map(SnapshotDecoder::foreignKey).toList();
    Optional<String> renamedFrom = table.optionalString("renamedFrom");
    List<SequenceDefinition> sequences =
        table.optionalObjects("sequences").stream().map(SnapshotDecoder::sequence).toList();
    List<SequenceDefinition> keySequences =
        table.optionalObjects("keySequences").stream().map(SnapshotDecoder::sequence).toList();
    List<CheckDefinition> checks =
        table.optionalObjects("checks").stream().map(SnapshotDecoder::check).toList();
    List<GeneratorRow> generatorRows =
        table.optionalObjects("generatorRows").stream().map(SnapshotDecoder::generatorRow).toList();
    Optional<TableInheritance> inheritance =
        table.optionalObject("inheritance").map(SnapshotDecoder::inheritance);
    Optional<SoftDeleteColumn> softDelete =
        table.optionalObject("softDelete").map(SnapshotDecoder::softDelete);
    Optional<String> comment = table.optionalString("comment");
    return model(
        table,
        () ->
            TableDefinition.builder(name, declaredBy)
                .columns(columns)
                .primaryKey(primaryKey)
                .indexes(indexes)
                .foreignKeys(foreignKeys)
                .renamedFrom(renamedFrom)
                .sequences(sequences)
                .keySequences(keySequences)
                .checks(checks)
                .generatorRows(generatorRows)
                .inheritance(inheritance)
                .softDelete(softDelete)
                .comment(comment)
                .build());
  }

  private static SoftDeleteColumn softDelete(JsonFields softDelete) {
    softDelete.allowOnly(keysOf(SnapshotJson.SoftDeleteJson.class));
    String column = softDelete.string("column");
    String liveValue = softDelete.string("liveValue");
    return model(softDelete, () -> new SoftDeleteColumn(column, liveValue));
  }

  private static CheckDefinition check(JsonFields check) {
    check.allowOnly(keysOf(SnapshotJson.CheckJson.class));
    String name = check.string("name");
    String condition = check.string("condition");
    return model(check, () -> new CheckDefinition(name, condition));
  }

  private static TableInheritance inheritance(JsonFields inheritance) {
    inheritance.allowOnly(keysOf(InheritanceJson.class));
    String strategy = inheritance.string("strategy");
    List<String> subclasses = inheritance.optionalStrings("subclasses").orElse(List.of());
    Optional<String> column = inheritance.optionalString("discriminator");
    Optional<String> rootValue = inheritance.optionalString("rootValue");
    Optional<TableInheritance.RowMark> subclassRows = subclassRows(inheritance);
    List<TableInheritance.ValueRename> renamedValues =
        inheritance.optionalObjects("renamedValues").stream()
            .map(SnapshotDecoder::valueRename)
            .toList();
    return model(
        inheritance,
        () -> {
          if (column.isPresent() != rootValue.isPresent()) {
            throw new IllegalArgumentException(
                "An inheritance records its discriminator and rootValue together, or neither");
          }
          return new TableInheritance(
              strategy(inheritance, strategy),
              subclasses,
              column.map(name -> new TableInheritance.Discriminator(name, rootValue.get())),
              renamedValues,
              subclassRows);
        });
  }

  private static TableInheritance.ValueRename valueRename(JsonFields rename) {
    rename.allowOnly(keysOf(InheritanceJson.ValueRenameJson.class));
    String column = rename.string("column");
    String former = rename.string("former");
    String current = rename.string("current");
    return model(rename, () -> new TableInheritance.ValueRename(column, former, current));
  }

  private static Optional<TableInheritance.RowMark> subclassRows(JsonFields inheritance) {
    Optional<String> table = inheritance.optionalString("rootTable");
    Optional<String> column = inheritance.optionalString("rootDiscriminator");
    Optional<String> value = inheritance.optionalString("ownValue");
    return model(
        inheritance,
        () -> {
          if (table.isPresent() != column.isPresent() || table.isPresent() != value.isPresent()) {
            throw new IllegalArgumentException(
                "An inheritance records its rootTable, rootDiscriminator and ownValue together,"
                    + " or none of them");
          }
          return table.map(name -> new TableInheritance.RowMark(name, column.get(), value.get()));
        });
  }

  private static TableInheritance.Strategy strategy(JsonFields inheritance, String name) {
    for (TableInheritance.Strategy strategy : TableInheritance.Strategy.values()) {
      if (strategy.name().equals(name)) {
        return strategy;
      }
    }
    throw new IllegalArgumentException(
        "Not an inheritance strategy: " + name + " (SINGLE_TABLE, JOINED or TABLE_PER_CLASS)");
  }

  private static ColumnDefinition column(JsonFields column) {
    column.allowOnly(keysOf(SnapshotJson.ColumnJson.class));
    String name = column.string("name");
    String type = column.string("type");
    boolean nullable = column.bool("nullable");
    boolean identity = column.optionalBool("identity");
    Optional<String> renamedFrom = column.optionalString("renamedFrom");
    Optional<String> defaultValue = column.optionalString("defaultValue");
    Optional<String> comment = column.optionalString("comment");
    return model(
        column,
        () ->
            new ColumnDefinition(
                name, type, nullable, identity, renamedFrom, defaultValue, comment));
  }

  private static IndexDefinition index(JsonFields index) {
    index.allowOnly(keysOf(SnapshotJson.IndexJson.class));
    String name = index.string("name");
    List<String> columns = index.strings("columns");
    boolean unique = index.bool("unique");
    List<String> descending = index.optionalStrings("descending").orElse(List.of());
    return model(index, () -> new IndexDefinition(name, columns, unique, descending));
  }

  private static SequenceDefinition sequence(JsonFields sequence) {
    sequence.allowOnly(keysOf(SnapshotJson.SequenceJson.class));
    String name = sequence.string("name");
    long start = sequence.wholeNumber("start");
    long increment = sequence.wholeNumber("increment");
    return model(sequence, () -> new SequenceDefinition(name, start, increment));
  }

  private static GeneratorRow generatorRow(JsonFields row) {
    row.allowOnly(keysOf(SnapshotJson.GeneratorRowJson.class));
    String segmentColumn = row.string("segmentColumn");
    String segment = row.string("segment");
    String valueColumn = row.string("valueColumn");
    long initialValue = row.wholeNumber("initialValue");
    List<KeyUser> users = row.optionalObjects("users").stream().map(SnapshotDecoder::user).toList();
    return model(
        row, () -> new GeneratorRow(segmentColumn, segment, valueColumn, initialValue, users));
  }

  private static KeyUser user(JsonFields user) {
    user.allowOnly(keysOf(SnapshotJson.KeyUserJson.class));
    String table = user.string("table");
    long increment = user.wholeNumber("increment");
    return model(user, () -> new KeyUser(table, increment));
  }

  private static ForeignKeyDefinition foreignKey(JsonFields key) {
    key.allowOnly(keysOf(SnapshotJson.ForeignKeyJson.class));
    String name = key.string("name");
    List<String> columns = key.strings("columns");
    String referencedTable = key.string("referencedTable");
    List<String> referencedColumns = key.strings("referencedColumns");
    Optional<String> onDelete = key.optionalString("onDelete");
    return model(
        key,
        () ->
            new ForeignKeyDefinition(
                name,
                columns,
                referencedTable,
                referencedColumns,
                onDelete.map(SnapshotDecoder::onDelete).orElse(OnDelete.NO_ACTION)));
  }

  private static OnDelete onDelete(String rule) {
    for (OnDelete known : OnDelete.values()) {
      if (known.name().equals(rule)) {
        return known;
      }
    }
    throw new IllegalArgumentException(
        "onDelete is \"" + rule + "\", not one of " + List.of(OnDelete.values()));
  }

  /** The keys the writer's layout has: each record component is written under its own name. */
  private static Set<String> keysOf(Class<? extends Record> layout) {
    return LAYOUT_KEYS.get(layout);
  }

  /** The model's own checks (valid names, one relation per name) reported at the object. */
  private static <T> T model(JsonFields object, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw object.fail(SnapshotMessages.invalidModel(object.path(), e.getMessage()));
    }
  }
}
