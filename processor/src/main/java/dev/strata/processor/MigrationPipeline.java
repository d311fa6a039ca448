package dev.strata.processor;

import dev.strata.processor.cache.BuildCache;
import dev.strata.processor.cache.RepeatedAnalyses;
import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.jpa.CommentLimits;
import dev.strata.processor.jpa.EntityCollector;
import dev.strata.processor.jpa.FieldMapper;
import dev.strata.processor.jpa.JpaNaming;
import dev.strata.processor.jpa.MappingReport;
import dev.strata.processor.jpa.ReservedNames;
import dev.strata.processor.jpa.StrategyChanges;
import dev.strata.processor.jpa.TableChecks;
import dev.strata.processor.jpa.UnrealisableChanges;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.options.SnapshotFolderLocator;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.snapshot.Snapshot;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.snapshot.UnreadableSnapshotException;
import dev.strata.processor.sql.CurrentHashes;
import dev.strata.processor.steps.ChainSteps;
import dev.strata.processor.steps.DeclaredStep;
import dev.strata.processor.steps.LateStepWarnings;
import dev.strata.processor.steps.StepCollector;
import dev.strata.processor.steps.StepMessages;
import dev.strata.processor.steps.StepValidator;
import dev.strata.processor.validation.ValidationReport;
import dev.strata.processor.writer.ClassNames;
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
  // what the first round read and wrote, for the later rounds' check (refuseLaterViews)
  private List<DeclaredView> firstRoundViews = List.of();
  private SnapshotStore store;
  private StoredSnapshot written;
  private JpaNaming naming = JpaNaming.JPA;

  MigrationPipeline(ProcessingEnvironment env) {
    this.env = env;
    this.messager = env.getMessager();
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
    Schema committed = history.get().newestSchema();
    List<DeclaredView> views =
        new ViewCollector(env.getElementUtils(), options.naming())
            .collect(round, committed, lastDeclaring);
    this.firstRoundViews = views;
    this.naming = options.naming();
    this.store = store;
    ValidationReport mapping = new ValidationReport();
    FieldMapper mapper =
        new FieldMapper(options.naming(), env.getElementUtils(), options.validationDdl(), round);
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
        new StepCollector(env.getElementUtils()).collect(round, history.get(), lostSteps);
    if (!worthProcessing(views, committed)
        && !tablesChanged
        && declaredSteps.stream().noneMatch(DeclaredStep::inRound)
        && mapping.isClean()) {
      return;
    }
    if (!options.tables() && !committed.tables().isEmpty()) {
      List<String> names = committed.tables().stream().map(t -> t.name()).sorted().toList();
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          Messages.tablesWithoutOption(history.get().newestFile().orElseThrow(), names));
      return;
    }
    // a table is checked only when its mapping is complete and Strata is to migrate it
    ValidationReport tables = new ValidationReport();
    if (options.tables() && mapping.isClean()) {
      tables = TableChecks.check(entities);
      new ReservedNames(options.targets()).check(entities, tables);
      new CommentLimits(options.targets()).check(entities, tables);
    }
    ValidationReport stepChecks =
        new StepValidator(env.getElementUtils(), env.getTypeUtils())
            .validate(declaredSteps, history.get());
    mapping.printTo(messager);
    tables.printTo(messager);
    lostSteps.printTo(messager);
    stepChecks.printTo(messager);
    if (!mapping.isClean() || !tables.isClean() || !lostSteps.isClean() || !stepChecks.isClean()) {
      return;
    }
    ChainSteps steps = new ChainSteps(declaredSteps);
    Optional<String> newestHash = history.get().newestSha256();
    Schema full =
        new SchemaAssembler(messager, options, mapper)
            .assemble(
                views,
                entities.stream().map(EntityCollector.DeclaredEntity::table).toList(),
                committed,
                RepeatedAnalyses.among(
                    committed, newestHash.map(cache::analysedViews).orElse(Set.of())));
    if (full == null) {
      return;
    }
    // without -Astrata.tables=true, tables are only read to check the views, never versioned
    Schema schema = options.tables() ? full : full.withTables(List.of());
    // compared under today's rules: a newer Strata never records a version nobody asked for
    SchemaDiff diff = new SchemaDiffer().diff(CurrentHashes.of(committed, schema), schema);
    ValidationReport unrealisable = new UnrealisableChanges(entities).check(diff);
    unrealisable.printTo(messager);
    ValidationReport strategies =
        diff.isEmpty()
            ? new ValidationReport()
            : new StrategyChanges(entities).check(committed, schema);
    strategies.printTo(messager);
    if (!unrealisable.isClean() || !strategies.isClean()) {
      return;
    }
    SnapshotHistory chain = history.get();
    // a step for the next version records it, even with no schema change beside it
    List<DeclaredStep> pending = steps.pending(chain);
    ChainGenerator generator = new ChainGenerator(env.getElementUtils(), options, cache);
    if (diff.isEmpty() && pending.isEmpty()) {
      if (!chain.isEmpty()) {
        emit(
            generator.generate(chain, Optional.empty(), steps, views, entities),
            DeclaringClasses.of(options.set(), views, entities));
        newestHash.ifPresent(hash -> cache.analysed(hash, RepeatedAnalyses.of(committed, full)));
        if (!options.check()) {
          cache.save(chain);
        }
      }
      return;
    }
    if (options.check()) {
      if (!diff.isEmpty()) {
        new CheckReporter(messager, store).report(diff.changes(), views, chain);
      }
      pending.forEach(
          step ->
              messager.printMessage(
                  Diagnostic.Kind.ERROR,
                  StepMessages.notRecordedInCheck(step.className(), step.version()),
                  step.element(),
                  step.annotation()));
      return;
    }
    if (recordNewVersion(
        store, chain, schema, pending, generator, steps, options, views, entities)) {
      cache.save(chain);
    }
  }

  /**
   * Records the schema as the next version and emits the migrations of the chain. The sources are
   * generated in memory first, so a version whose code cannot be generated is never recorded; and
   * the snapshot is written before the sources are emitted, so a snapshot that cannot be written
   * leaves no migration without its snapshot.
   *
   * @return whether the version was recorded and its sources emitted
   */
  private boolean recordNewVersion(
      SnapshotStore store,
      SnapshotHistory chain,
      Schema schema,
      List<DeclaredStep> pending,
      ChainGenerator generator,
      ChainSteps steps,
      ProcessorOptions options,
      List<DeclaredView> views,
      List<EntityCollector.DeclaredEntity> entities) {
    Optional<StoredSnapshot> prepared =
        prepare(
            store,
            chain,
            options.set(),
            schema,
            pending.stream().map(DeclaredStep::definition).toList());
    if (prepared.isEmpty()) {
      return false;
    }
    SnapshotHistory extended = chain.plus(prepared.get());
    // planned from the snapshots alone, as every later build will plan it again
    ChainGenerator.Sources sources =
        generator.generate(
            extended,
            Optional.of(new SchemaDiffer().diff(chain.newestSchema(), schema)),
            steps,
            views,
            entities);
    Optional<StoredSnapshot> written = write(store, prepared.get());
    if (written.isEmpty()) {
      return false;
    }
    DeclaringClasses declaring = DeclaringClasses.of(options.set(), views, entities);
    if (!emitOrForget(store, written.get(), sources, declaring)) {
      return false;
    }
    this.written = written.get();
    MigrationPlan newest = sources.newest().orElseThrow();
    messager.printMessage(
        Diagnostic.Kind.NOTE,
        Messages.newVersion(written.get().file(), ClassNames.migration(newest)));
    new DestructiveChangeReporter(entities)
        .report(newest, chain.newestSchema(), schema)
        .printTo(messager);
    LateStepWarnings.check(newest, chain.newestSchema(), pending).printTo(messager);
    return true;
  }

  /**
   * Refuses the views that a later round declares: classes another annotation processor generated,
   * since Strata's own generated code declares none. The first round recorded the schema without
   * them, so a new view would be missing from the snapshot, and a recorded one whose class is
   * generated would be dropped by the next version. Each gets an error on its class, and a snapshot
   * the first round wrote is removed, so that the failed build leaves the folder as it found it. A
   * generated copy of a view the sources declare alike (same name and query) is left alone.
   */
  void refuseLaterViews(RoundEnvironment round) {
    boolean refused = false;
    for (DeclaredView view : new ViewCollector(env.getElementUtils(), naming).declaredIn(round)) {
      boolean declaredAlike =
          firstRoundViews.stream()
              .anyMatch(
                  first ->
                      first.inRound()
                          && first.name().equalsIgnoreCase(view.name())
                          && first.sql().equals(view.sql()));
      if (!declaredAlike) {
        refused = true;
        messager.printMessage(
            Diagnostic.Kind.ERROR,
            Messages.viewInGeneratedClass(view.name()),
            view.element(),
            view.annotation());
      }
    }
    if (refused && written != null) {
      try {
        store.remove(written);
        messager.printMessage(Diagnostic.Kind.NOTE, Messages.snapshotRemoved(written.file()));
      } catch (SnapshotException e) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      }
      written = null;
    }
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

  private Optional<StoredSnapshot> prepare(
      SnapshotStore store,
      SnapshotHistory chain,
      String set,
      Schema schema,
      List<dev.strata.processor.model.StepDefinition> steps) {
    Snapshot next =
        new Snapshot(
            chain.newestVersion() + 1, set, chain.newestId(), schema, PlanningRules.CURRENT, steps);
    try {
      return Optional.of(store.prepare(next));
    } catch (SnapshotException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      return Optional.empty();
    }
  }

  private Optional<StoredSnapshot> write(SnapshotStore store, StoredSnapshot prepared) {
    try {
      return Optional.of(store.write(prepared));
    } catch (SnapshotException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Emits the sources of a version just recorded; if the compiler refuses them, the snapshot goes
   * too, so that the failed build leaves the folder as it found it.
   */
  private boolean emitOrForget(
      SnapshotStore store,
      StoredSnapshot written,
      ChainGenerator.Sources sources,
      DeclaringClasses declaring) {
    try {
      emit(sources, declaring);
      return true;
    } catch (IOException | RuntimeException e) {
      try {
        store.remove(written);
        messager.printMessage(
            Diagnostic.Kind.ERROR, Messages.sourcesNotWritten(written.file(), e.getMessage()));
      } catch (SnapshotException removal) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, Messages.badSnapshot(removal.file(), removal.getMessage()));
      }
      return false;
    }
  }

  private void emit(ChainGenerator.Sources sources, DeclaringClasses declaring) throws IOException {
    SourceEmitter emitter = new SourceEmitter(env.getFiler());
    emitter.emit(sources.files());
    SourceEmitter.Source index = sources.files().get(sources.files().size() - 1);
    emitter.emitServiceFile(sources.indexClass(), index.origins());
    declaring.write(env.getFiler(), index.origins());
  }
}
