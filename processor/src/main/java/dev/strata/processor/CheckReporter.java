package dev.strata.processor;

import dev.strata.processor.diff.SchemaChange;
import dev.strata.processor.diff.SchemaDiff;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.steps.DeclaredStep;
import dev.strata.processor.steps.StepMessages;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * Fails a {@code -Astrata.check=true} build whose views differ from the newest snapshot: one error
 * on each changed view's annotation, and one that lists them all; and one on each step that the
 * next version would record.
 */
final class CheckReporter {

  private final Messager messager;
  private final SnapshotStore store;

  CheckReporter(Messager messager, SnapshotStore store) {
    this.messager = messager;
    this.store = store;
  }

  void report(
      SchemaDiff diff,
      List<DeclaredStep> pending,
      List<DeclaredView> views,
      SnapshotHistory history) {
    if (!diff.isEmpty()) {
      reportChanges(diff.changes(), views, history);
    }
    pending.forEach(
        step ->
            messager.printMessage(
                Diagnostic.Kind.ERROR,
                StepMessages.notRecordedInCheck(step.className(), step.version()),
                step.element(),
                step.annotation()));
  }

  private void reportChanges(
      List<SchemaChange> changes, List<DeclaredView> views, SnapshotHistory history) {
    for (SchemaChange change : changes) {
      String what = change.happened();
      views.stream()
          .filter(view -> view.name().equalsIgnoreCase(change.name()))
          .findFirst()
          .ifPresent(
              view ->
                  messager.printMessage(
                      Diagnostic.Kind.ERROR,
                      Messages.checkFailedOnView(change.name(), what),
                      view.element(),
                      view.annotation()));
    }
    List<String> summary =
        changes.stream().map(change -> change.name() + " " + change.happened()).toList();
    Path newest = history.newestFile().orElse(store.folder());
    messager.printMessage(Diagnostic.Kind.ERROR, Messages.checkFailed(newest, summary));
  }
}
