package dev.strata.processor;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.jpa.EntityCollector;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.options.ProcessorOptions;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.snapshot.Snapshot;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.steps.ChainSteps;
import dev.strata.processor.steps.DeclaredStep;
import dev.strata.processor.steps.LateStepWarnings;
import dev.strata.processor.writer.ClassNames;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Records the schema as the next version and emits the migrations of the chain. The sources are
 * generated in memory first, so a version whose code cannot be generated is never recorded; and the
 * snapshot is written before the sources are emitted, so a snapshot that cannot be written leaves
 * no migration without its snapshot.
 */
final class VersionRecorder {

  private final Messager messager;
  private final Filer filer;
  private final SnapshotStore store;

  VersionRecorder(Messager messager, Filer filer, SnapshotStore store) {
    this.messager = messager;
    this.filer = filer;
    this.store = store;
  }

  /**
   * Records {@code schema} and the {@code pending} steps as the version after the newest of {@code
   * chain}, and emits the sources of the chain it ends.
   *
   * @return the snapshot written; empty, with an error printed, when the version was not recorded
   */
  Optional<StoredSnapshot> record(
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
            chain, options.set(), schema, pending.stream().map(DeclaredStep::definition).toList());
    if (prepared.isEmpty()) {
      return Optional.empty();
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
    Optional<StoredSnapshot> written = write(prepared.get());
    if (written.isEmpty()) {
      return Optional.empty();
    }
    DeclaringClasses declaring = DeclaringClasses.of(options.set(), views, entities);
    if (!emitOrForget(written.get(), sources, declaring)) {
      return Optional.empty();
    }
    MigrationPlan newest = sources.newest().orElseThrow();
    messager.printMessage(
        Diagnostic.Kind.NOTE,
        Messages.newVersion(written.get().file(), ClassNames.migration(newest)));
    new DestructiveChangeReporter(entities)
        .report(newest, chain.newestSchema(), schema)
        .printTo(messager);
    LateStepWarnings.check(newest, chain.newestSchema(), pending).printTo(messager);
    return written;
  }

  private Optional<StoredSnapshot> prepare(
      SnapshotHistory chain, String set, Schema schema, List<StepDefinition> steps) {
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

  private Optional<StoredSnapshot> write(StoredSnapshot prepared) {
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
      StoredSnapshot written, ChainGenerator.Sources sources, DeclaringClasses declaring) {
    try {
      new SourceEmitter(filer).emitChain(sources, declaring);
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
}
