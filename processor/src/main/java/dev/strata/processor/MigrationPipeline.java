package dev.strata.processor;

import com.palantir.javapoet.JavaFile;
import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.jpa.EntityCollector;
import dev.strata.processor.jpa.FieldMapper;
import dev.strata.processor.jpa.MappingReport;
import dev.strata.processor.jpa.TableChecks;
import dev.strata.processor.jpa.UnrealisableChanges;
import dev.strata.processor.model.Schema;
import dev.strata.processor.options.GeneratedPackage;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.options.SnapshotFolderLocator;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.MigrationPlanner;
import dev.strata.processor.snapshot.Snapshot;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.validation.ValidationReport;
import dev.strata.processor.writer.ClassNames;
import dev.strata.processor.writer.MigrationIndexWriter;
import dev.strata.processor.writer.MigrationWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Runs the stages for one compilation: collect, validate, model, read history, diff, record the new
 * snapshot, and write every migration of the chain.
 */
final class MigrationPipeline {

  private static final String GENERATOR = StrataProcessor.class.getName();

  private final ProcessingEnvironment env;
  private final Messager messager;

  MigrationPipeline(ProcessingEnvironment env) {
    this.env = env;
    this.messager = env.getMessager();
  }

  void run(RoundEnvironment round, ProcessorOptions options) throws IOException, SQLException {
    Optional<Path> folder = new SnapshotFolderLocator(env.getFiler()).locate(options.snapshots());
    if (folder.isEmpty()) {
      if (!viewsInRound(round).isEmpty()) {
        messager.printMessage(Diagnostic.Kind.ERROR, Messages.NO_MODULE_FOLDER);
      }
      return;
    }
    SnapshotStore store = new SnapshotStore(folder.get());
    Optional<SnapshotHistory> history = readHistory(store, options);
    if (history.isEmpty()) {
      return;
    }
    Schema committed = history.get().newestSchema();
    List<DeclaredView> views = new ViewCollector(env.getElementUtils()).collect(round, committed);
    ValidationReport mapping = new ValidationReport();
    FieldMapper mapper =
        new FieldMapper(options.naming(), env.getElementUtils(), options.validationDdl());
    List<EntityCollector.DeclaredEntity> entities =
        new EntityCollector(env.getElementUtils(), mapper)
            .collect(round, committed, new MappingReport(mapping, options.tables()));
    boolean tablesChanged =
        options.tables()
            && (entities.stream().anyMatch(EntityCollector.DeclaredEntity::inRound)
                || entities.size() < committed.tables().size());
    if (!worthProcessing(views, committed) && !tablesChanged) {
      return;
    }
    // a table is checked only when its mapping is complete and Strata is to migrate it
    ValidationReport tables =
        options.tables() && mapping.isClean()
            ? TableChecks.check(entities)
            : new ValidationReport();
    mapping.printTo(messager);
    tables.printTo(messager);
    if (!mapping.isClean() || !tables.isClean()) {
      return;
    }
    Schema full =
        new SchemaAssembler(messager, options, mapper)
            .assemble(views, entities.stream().map(EntityCollector.DeclaredEntity::table).toList());
    if (full == null) {
      return;
    }
    // without -Astrata.tables=true, tables are only read to check the views, never versioned
    Schema schema = options.tables() ? full : full.withTables(List.of());
    SchemaDiff diff = new SchemaDiffer().diff(committed, schema);
    ValidationReport unrealisable = new UnrealisableChanges(entities).check(diff);
    unrealisable.printTo(messager);
    if (!unrealisable.isClean()) {
      return;
    }
    SnapshotHistory chain = history.get();
    if (diff.isEmpty()) {
      writeSources(plan(chain, Optional.empty()), chain, options, views);
      return;
    }
    if (options.check()) {
      new CheckReporter(messager, store).report(diff.changes(), views, chain);
      return;
    }
    Optional<StoredSnapshot> written = record(store, chain, options.set(), schema);
    if (written.isPresent()) {
      SnapshotHistory extended = chain.plus(written.get());
      List<MigrationPlan> plans = plan(extended, Optional.of(diff));
      MigrationPlan newest = plans.get(plans.size() - 1);
      messager.printMessage(
          Diagnostic.Kind.NOTE,
          Messages.newVersion(written.get().file(), ClassNames.migration(newest)));
      new DestructiveChangeReporter(entities).report(newest, committed).printTo(messager);
      writeSources(plans, extended, options, views);
    }
  }

  /**
   * Test compilations see the main classes on the classpath and no view in the round: with nothing
   * declared now and nothing gone, there is nothing to write, and writing the migrations again
   * would put a second copy of them beside the tests.
   */
  private static boolean worthProcessing(List<DeclaredView> views, Schema committed) {
    boolean anyInRound = views.stream().anyMatch(DeclaredView::inRound);
    return anyInRound || views.size() < committed.views().size();
  }

  private Optional<SnapshotHistory> readHistory(SnapshotStore store, ProcessorOptions options) {
    try {
      SnapshotHistory history = store.read();
      if (!history.isEmpty() && !history.snapshots().get(0).set().equals(options.set())) {
        messager.printMessage(
            Diagnostic.Kind.ERROR,
            Messages.setMismatch(store.folder(), history.snapshots().get(0).set(), options.set()));
        return Optional.empty();
      }
      return Optional.of(history);
    } catch (SnapshotException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      return Optional.empty();
    }
  }

  private Optional<StoredSnapshot> record(
      SnapshotStore store, SnapshotHistory chain, String set, Schema schema) {
    Snapshot next = new Snapshot(chain.newestVersion() + 1, set, chain.newestId(), schema);
    try {
      return Optional.of(store.write(next));
    } catch (SnapshotException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, Messages.badSnapshot(e.file(), e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Plans every version of the chain once; {@code newestDiff} is the difference already found
   * between the two newest schemas, when the build has just recorded the newest.
   */
  private static List<MigrationPlan> plan(SnapshotHistory chain, Optional<SchemaDiff> newestDiff) {
    MigrationPlanner planner = new MigrationPlanner();
    SchemaDiffer differ = new SchemaDiffer();
    List<MigrationPlan> plans = new ArrayList<>();
    for (int version = 1; version <= chain.newestVersion(); version++) {
      Schema before = chain.schemaAt(version - 1);
      Schema after = chain.schemaAt(version);
      SchemaDiff diff =
          version == chain.newestVersion() && newestDiff.isPresent()
              ? newestDiff.get()
              : differ.diff(before, after);
      plans.add(planner.plan(version, before, after, diff));
    }
    return plans;
  }

  private void writeSources(
      List<MigrationPlan> plans,
      SnapshotHistory chain,
      ProcessorOptions options,
      List<DeclaredView> views)
      throws IOException {
    if (chain.isEmpty()) {
      return;
    }
    String packageName = GeneratedPackage.choose(options.packageName(), chain);
    MigrationWriter migrationWriter = new MigrationWriter(GENERATOR);
    List<JavaFile> files = new ArrayList<>();
    for (MigrationPlan plan : plans) {
      files.add(migrationWriter.write(packageName, options.set(), plan));
    }
    files.add(new MigrationIndexWriter(GENERATOR).write(packageName, options.set(), plans));
    List<TypeElement> origins =
        views.stream().filter(DeclaredView::inRound).map(DeclaredView::element).toList();
    SourceEmitter emitter = new SourceEmitter(env.getFiler());
    emitter.emit(files, origins);
    emitter.emitServiceFile(packageName + "." + ClassNames.index(options.set()), origins);
  }

  private List<TypeElement> viewsInRound(RoundEnvironment round) {
    TypeElement annotation = env.getElementUtils().getTypeElement(ViewCollector.VIEW_ANNOTATION);
    if (annotation == null) {
      return List.of();
    }
    return round.getElementsAnnotatedWith(annotation).stream()
        .filter(TypeElement.class::isInstance)
        .map(TypeElement.class::cast)
        .toList();
  }
}
