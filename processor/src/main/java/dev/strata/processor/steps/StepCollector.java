package dev.strata.processor.steps;

import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the module's hand-written steps: the {@code @Step} classes of this round, plus those the
 * snapshot history records, read from the class path when this build does not compile them (their
 * revision is needed for every version's checksum). A recorded step whose class is gone is an
 * error: its version's migration calls it.
 */
public final class StepCollector {

  public static final String STEP_ANNOTATION = "dev.strata.Step";
  static final String JAVA_STEP = "dev.strata.runtime.JavaStep";

  private final Elements elements;

  public StepCollector(Elements elements) {
    this.elements = elements;
  }

  /**
   * The steps, sorted by class name; misplaced annotations and lost classes go to {@code report}.
   */
  public List<DeclaredStep> collect(
      RoundEnvironment round, SnapshotHistory history, ValidationReport report) {
    Map<String, DeclaredStep> steps = new TreeMap<>();
    TypeElement annotation = elements.getTypeElement(STEP_ANNOTATION);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Optional<AnnotationMirror> mirror = mirror(element);
        if (element.getKind() != ElementKind.CLASS || !(element instanceof TypeElement type)) {
          mirror.ifPresent(m -> report.error(StepMessages.NOT_A_CLASS, element, m, null));
        } else if (mirror.isPresent()) {
          steps.put(type.getQualifiedName().toString(), read(type, mirror.get(), true));
        }
      }
    }
    for (int version = 1; version <= history.newestVersion(); version++) {
      for (StepDefinition recorded : history.stepsAt(version)) {
        if (!steps.containsKey(recorded.className())) {
          readRecorded(recorded, version, history, report)
              .ifPresent(step -> steps.put(step.className(), step));
        }
      }
    }
    List<DeclaredStep> sorted = new ArrayList<>(steps.values());
    sorted.sort(Comparator.comparing(DeclaredStep::className));
    return List.copyOf(sorted);
  }

  private Optional<DeclaredStep> readRecorded(
      StepDefinition recorded, int version, SnapshotHistory history, ValidationReport report) {
    TypeElement type = elements.getTypeElement(recorded.className());
    if (type == null) {
      report.error(
          StepMessages.recordedClassGone(recorded.className(), version, history.fileAt(version)),
          null,
          null,
          null);
      return Optional.empty();
    }
    Optional<AnnotationMirror> mirror = mirror(type);
    if (mirror.isEmpty()) {
      report.error(
          StepMessages.recordedWithoutAnnotation(
              recorded.className(), version, history.fileAt(version)),
          type,
          null,
          null);
      return Optional.empty();
    }
    return Optional.of(read(type, mirror.get(), false));
  }

  private DeclaredStep read(TypeElement type, AnnotationMirror annotation, boolean inRound) {
    return new DeclaredStep(
        type,
        annotation,
        integer(annotation, "version", 0),
        position(annotation),
        integer(annotation, "revision", 1),
        overridesDowngrade(type),
        inRound);
  }

  /**
   * Whether a class between {@code type} and {@code JavaStep} overrides {@code
   * downgrade(StepContext)}; a method of that name with other parameters does not, and the version
   * stays irreversible.
   */
  private boolean overridesDowngrade(TypeElement type) {
    TypeElement javaStep = elements.getTypeElement(JAVA_STEP);
    if (javaStep == null) {
      return false;
    }
    ExecutableElement downgrade =
        ElementFilter.methodsIn(javaStep.getEnclosedElements()).stream()
            .filter(method -> method.getSimpleName().contentEquals("downgrade"))
            .findFirst()
            .orElseThrow();
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.equals(downgrade) && elements.overrides(method, downgrade, type)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<AnnotationMirror> mirror(Element element) {
    return element.getAnnotationMirrors().stream()
        .filter(
            m ->
                ((TypeElement) m.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(STEP_ANNOTATION))
        .map(m -> (AnnotationMirror) m)
        .findFirst();
  }

  private static int integer(AnnotationMirror annotation, String name, int fallback) {
    Optional<AnnotationValue> value = valueOf(annotation, name);
    return value
        .map(v -> v.getValue())
        .filter(Integer.class::isInstance)
        .map(Integer.class::cast)
        .orElse(fallback);
  }

  private static StepPosition position(AnnotationMirror annotation) {
    return valueOf(annotation, "runs")
        .map(AnnotationValue::getValue)
        .filter(VariableElement.class::isInstance)
        .map(constant -> ((VariableElement) constant).getSimpleName().toString())
        .map(StepPosition::valueOf)
        .orElse(StepPosition.AFTER_GENERATED);
  }

  static Optional<AnnotationValue> valueOf(AnnotationMirror annotation, String name) {
    return annotation.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(name))
        .map(entry -> (AnnotationValue) entry.getValue())
        .findFirst();
  }
}
