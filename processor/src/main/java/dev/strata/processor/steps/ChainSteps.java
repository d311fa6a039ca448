package dev.strata.processor.steps;

import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.plan.StepCall;
import dev.strata.processor.snapshot.SnapshotHistory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * The checked steps of a module against its snapshot history: those the next version records, and
 * the calls each recorded version's migration makes, with the revision the code gives today.
 */
public final class ChainSteps {

  private final List<DeclaredStep> steps;
  private final Map<String, DeclaredStep> byClass;

  /**
   * @param steps steps that {@link StepValidator} found clean, every recorded one among them
   */
  public ChainSteps(List<DeclaredStep> steps) {
    this.steps = List.copyOf(steps);
    this.byClass =
        steps.stream()
            .collect(
                Collectors.toMap(
                    DeclaredStep::className, Function.identity(), (a, b) -> a, TreeMap::new));
  }

  /** Whether this build compiles a step, which may have a new revision to put in a checksum. */
  public boolean anyInRound() {
    return steps.stream().anyMatch(DeclaredStep::inRound);
  }

  /** The steps declared for the version after the newest that no snapshot records yet. */
  public List<DeclaredStep> pending(SnapshotHistory history) {
    return steps.stream()
        .filter(step -> step.version() == history.newestVersion() + 1)
        .filter(step -> history.versionRecording(step.className()).isEmpty())
        .toList();
  }

  /** The calls the migration of {@code version} makes, in the snapshot's order. */
  public List<StepCall> callsAt(SnapshotHistory history, int version) {
    return history.stepsAt(version).stream().map(this::call).toList();
  }

  /** The step classes compiled now that version {@code version}'s migration calls. */
  public List<TypeElement> elementsInRound(SnapshotHistory history, int version) {
    return history.stepsAt(version).stream()
        .map(recorded -> byClass.get(recorded.className()))
        .filter(step -> step != null && step.inRound())
        .map(DeclaredStep::element)
        .toList();
  }

  /** Every step class compiled now: the index comes from them too. */
  public List<TypeElement> elementsInRound() {
    return steps.stream().filter(DeclaredStep::inRound).map(DeclaredStep::element).toList();
  }

  private StepCall call(StepDefinition recorded) {
    DeclaredStep step = byClass.get(recorded.className());
    if (step == null) {
      throw new IllegalStateException("Step " + recorded.className() + " was not collected");
    }
    return step.call(recorded);
  }
}
