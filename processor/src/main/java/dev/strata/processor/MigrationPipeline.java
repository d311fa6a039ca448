package dev.strata.processor;

import dev.strata.processor.cache.BuildCache;
import dev.strata.processor.cache.RepeatedAnalyses;
import dev.strata.processor.diff.KnownKeyGenerators;
import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.jpa.CommentLimits;
import dev.strata.processor.jpa.EntityCollector;
import dev.strata.processor.jpa.FieldMapper;
import dev.strata.processor.jpa.IdentityChecks;
import dev.strata.processor.jpa.MappingReport;
import dev.strata.processor.jpa.ReservedNames;
import dev.strata.processor.jpa.StrategyChanges;
import dev.strata.processor.jpa.TableChecks;
import dev.strata.processor.jpa.UnrealisableChanges;
import dev.strata.processor.model.Schema;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.options.SnapshotFolderLocator;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.snapshot.UnreadableSnapshotException;
import dev.strata.processor.sql.CurrentHashes;
import dev.strata.processor.steps.ChainSteps;
import dev.strata.processor.steps.DeclaredStep;
import dev.strata.processor.steps.StepCollector;
import dev.strata.processor.steps.StepValidator;
import dev.strata.processor.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.tools.Diagnostic;

/**
 * Runs the stages for one compilation: collect, validate, model, read history, diff, record the new
 * snapshot, and write every migration of the chain.
 */
final class MigrationPipeline {

  private final ProcessingEnvironment env;
  private final Messager messager;
  // what the first round read and wrote, for the later rounds' check
  private final LaterRoundViews laterRounds;

  MigrationPipeline(ProcessingEnvironment env) {
    this.env = env;
    this.messager = env.getMessager();
    this.laterRounds = new LaterRoundViews(env.getElementUtils(), messager);
  }

  void run(RoundEnvironment round, ProcessorOptions options) throws IOException, SQLException {
    SnapshotFolderLocator locator = new SnapshotFolderLocator(env.getFiler());
    Optional<Path> folder = locator.locate(options.snapshots());
    if (folder.isEmpty()) {
      if (new ViewCollector(env.getElementUtils(), options.naming()).anyIn(round)) {
        messager.printMessage(Diagnostic.Kind.ERROR, Messages.NO_MODULE_FOLDER);
      }
      return;
    }
    BuildCache cache =
        options.cache()
            ? locator
                .classOutput()
                .map(output -> BuildCache.open(output, folder.get(), options.set()))
                .orElseGet(BuildCache::disabled)
            : BuildCache.disabled();
    // where the last build found each view and entity, should a snapshot name a class now gone
    Supplier<Set<String>> lastDeclaring = DeclaringClasses.lastBuild(env.getFiler(), options.set());
    try {
      run(round, options, new SnapshotStore(folder.get()), cache, lastDeclaring);
    } catch (UnreadableSnapshotException e) {
      SnapshotException cause = e.snapshotException();
      messager.printMessage(
          Diagnostic.Kind.ERROR, Messages.badSnapshot(cause.file(), cause.getMessage()));
    }
  }

  private void run(
      RoundEnvironment round,
      ProcessorOptions options,
      SnapshotStore store,
      BuildCache cache,
      Supplier<Set<String>> lastDeclaring)
      throws IOException, SQLException {
    Optional<SnapshotHistory> history = readHistory(store, options, cache);
    if (history.isEmpty()) {
      return;
    }
    SnapshotHistory chain = history.get();
    Schema committed = chain.newestSchema();
    List<DeclaredView> views =
        new ViewCollector(env.getElementUtils(), options.naming())
            .collect(round, committed, lastDeclaring);
    laterRounds.firstRound(views, options.naming(), store);
    ValidationReport mapping = new ValidationReport();
    FieldMapper mapper =
        new FieldMapper(
            options.naming(),
            env.getElementUtils(),
            env.getTypeUtils(),
            options.validationDdl(),
            round,
            options.targets());
    EntityCollector entityCollector = new EntityCollector(env.getElementUtils(), mapper);
    List<EntityCollector.DeclaredEntity> entities =
        entityCollector.collect(
            round, committed, new MappingReport(mapping, options.tables()), lastDeclaring);
    boolean tablesChanged =
        options.tables()
            && (entityCollector.anyMappingInRound(round)
                || EntityCollector.differ(committed, entities));
    ValidationReport lostSteps = new ValidationReport();
    List<DeclaredStep> declaredSteps =
        new StepCollector(env.getElementUtils()).collect(round, chain, lostSteps);
    if (!worthProcessing(views, committed)
        && !tablesChanged
        && declaredSteps.stream().noneMatch(DeclaredStep::inRound)
        && mapping.isClean()) {
      return;
    }
    if (!tablesWithoutOption(options, chain)
        && checksPass(options, entities, declaredSteps, chain, mapping, lostSteps)) {
      Declared declared = new Declared(views, mapper, entities, new ChainSteps(declaredSteps));
      migrate(options, store, cache, chain, declared);
    }
  }

  /** What the module declares, collected and checked. */
  private record Declared(
      List<DeclaredView> views,
      FieldMapper mapper,
      List<EntityCollector.DeclaredEntity> entities,
      ChainSteps steps) {}

  /**
   * Whether the history versions tables while {@code -Astrata.tables=true} is not set, an error
   * this prints.
   */
  private boolean tablesWithoutOption(ProcessorOptions options, SnapshotHistory chain) {
    Schema committed = chain.newestSchema();
    if (options.tables() || committed.tables().isEmpty()) {
      return false;
    }
    List<String> names = committed.tables().stream().map(t -> t.name()).sorted().toList();
    messager.printMessage(
        Diagnostic.Kind.ERROR,
        Messages.tablesWithoutOption(chain.newestFile().orElseThrow(), names));
    return true;
  }

  /** Prints the reports on the mappings, the tables and the steps; whether all are clean. */
  private boolean checksPass(
      ProcessorOptions options,
      List<EntityCollector.DeclaredEntity> entities,
      List<DeclaredStep> declaredSteps,
      SnapshotHistory chain,
      ValidationReport mapping,
      ValidationReport lostSteps) {
    // a table is checked only when its mapping is complete and Strata is to migrate it
    ValidationReport tables = new ValidationReport();
    if (options.tables() && mapping.isClean()) {
      tables = TableChecks.check(entities);
      new ReservedNames(options.targets()).check(entities, tables);
      new CommentLimits(options.targets()).check(entities, tables);
      new IdentityChecks(options.targets()).check(entities, tables);
    }
    ValidationReport stepChecks =
        new StepValidator(env.getElementUtils(), env.getTypeUtils()).validate(declaredSteps, chain);
    mapping.printTo(messager);
    tables.printTo(messager);
    lostSteps.printTo(messager);
    stepChecks.printTo(messager);
    return mapping.isClean() && tables.isClean() && lostSteps.isClean() && stepChecks.isClean();
  }

  /**
   * Models the schema, compares it with the newest snapshot, and writes what follows: the chain
   * again when nothing is new, the errors of a check, else the next version.
   */
  private void migrate(
      ProcessorOptions options,
      SnapshotStore store,
      BuildCache cache,
      SnapshotHistory chain,
      Declared declared)
      throws IOException, SQLException {
    Schema committed = chain.newestSchema();
    Schema full = assemble(options, cache, chain, declared);
    if (full == null) {
      return;
    }
    // without -Astrata.tables=true, tables are only read to check the views, never versioned
    Schema schema = options.tables() ? full : full.withTables(List.of());
    // compared under today's rules: a newer Strata never records a version nobody asked for
    // and with what older snapshots cannot know of key generators taken from the code
    SchemaDiff diff =
        new SchemaDiffer()
            .diff(KnownKeyGenerators.assumed(CurrentHashes.of(committed, schema), schema), schema);
    if (!realisable(diff, declared.entities(), committed, schema)) {
      return;
    }
    // a step for the next version records it, even with no schema change beside it
    List<DeclaredStep> pending = declared.steps().pending(chain);
    ChainGenerator generator = new ChainGenerator(env.getElementUtils(), options, cache);
    if (diff.isEmpty() && pending.isEmpty()) {
      regenerate(options, cache, chain, full, generator, declared);
      return;
    }
    if (options.check()) {
      new CheckReporter(messager, store).report(diff, pending, declared.views(), chain);
      return;
    }
    Optional<StoredSnapshot> written =
        new VersionRecorder(messager, env.getFiler(), store)
            .record(
                chain,
                schema,
                pending,
                generator,
                declared.steps(),
                options,
                declared.views(),
                declared.entities());
    if (written.isPresent()) {
      laterRounds.recorded(written.get());
      cache.save(chain);
    }
  }

  /** The module's schema, tables included, or null when a stage reported an error. */
  private Schema assemble(
      ProcessorOptions options, BuildCache cache, SnapshotHistory chain, Declared declared)
      throws SQLException {
    Schema committed = chain.newestSchema();
    Optional<String> newestHash = chain.newestSha256();
    return new SchemaAssembler(messager, options, declared.mapper())
        .assemble(
            declared.views(),
            declared.entities().stream().map(EntityCollector.DeclaredEntity::table).toList(),
            committed,
            RepeatedAnalyses.among(
                committed, newestHash.map(cache::analysedViews).orElse(Set.of())));
  }

  /** Whether the diff holds only changes Strata can migrate, the errors on the others printed. */
  private boolean realisable(
      SchemaDiff diff,
      List<EntityCollector.DeclaredEntity> entities,
      Schema committed,
      Schema schema) {
    ValidationReport unrealisable = new UnrealisableChanges(entities, committed).check(diff);
    unrealisable.printTo(messager);
    ValidationReport strategies =
        diff.isEmpty()
            ? new ValidationReport()
            : new StrategyChanges(entities).check(committed, schema);
    strategies.printTo(messager);
    return unrealisable.isClean() && strategies.isClean();
  }

  /**
   * Emits the migrations of a chain that gains no version, since generated code is a function of
   * the snapshots, and keeps what the build cache may reuse.
   */
  private void regenerate(
      ProcessorOptions options,
      BuildCache cache,
      SnapshotHistory chain,
      Schema full,
      ChainGenerator generator,
      Declared declared)
      throws IOException {
    if (chain.isEmpty()) {
      return;
    }
    List<DeclaredView> views = declared.views();
    List<EntityCollector.DeclaredEntity> entities = declared.entities();
    new SourceEmitter(env.getFiler())
        .emitChain(
            generator.generate(chain, Optional.empty(), declared.steps(), views, entities),
            DeclaringClasses.of(options.set(), views, entities));
    chain
        .newestSha256()
        .ifPresent(hash -> cache.analysed(hash, RepeatedAnalyses.of(chain.newestSchema(), full)));
    if (!options.check()) {
      cache.save(chain);
    }
  }

  /** Refuses the views that a later round declares: see {@link LaterRoundViews}. */
  void refuseLaterViews(RoundEnvironment round) {
    laterRounds.refuse(round);
  }

  /**
   * Test compilations see the main classes and no view in the round: with nothing declared now and
   * nothing gone, writing the migrations again would copy them beside the tests.
   */
  private static boolean worthProcessing(List<DeclaredView> views, Schema committed) {
    boolean anyInRound = views.stream().anyMatch(DeclaredView::inRound);
    return anyInRound || views.size() < committed.views().size();
  }

  private Optional<SnapshotHistory> readHistory(
      SnapshotStore store, ProcessorOptions options, BuildCache cache) {
    try {
      SnapshotHistory history = store.read(cache.knownSnapshots());
      if (history.set().filter(set -> !set.equals(options.set())).isPresent()) {
        messager.printMessage(
            Diagnostic.Kind.ERROR,
            Messages.setMismatch(store.folder(), history.set().get(), options.set()));
        return Optional.empty();
      }
      return Optional.of(history);
    } catch (SnapshotException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      return Optional.empty();
    }
  }
}
