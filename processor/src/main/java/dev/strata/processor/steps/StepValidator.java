package dev.strata.processor.steps;

import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks each hand-written step: that generated code can create and call it, and that its version
 * and position agree with the snapshot history. Each error points at the annotation value at fault.
 */
public final class StepValidator {

  private final Elements elements;
  private final Types types;

  public StepValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public ValidationReport validate(List<DeclaredStep> steps, SnapshotHistory history) {
    ValidationReport report = new ValidationReport();
    for (DeclaredStep step : steps) {
      if (step.inRound()) {
        checkShape(step, report);
      }
      checkVersion(step, history, report);
    }
    return report;
  }

  private void checkShape(DeclaredStep step, ValidationReport report) {
    TypeElement type = step.element();
    if (!accessible(type)) {
      error(report, step, StepMessages.NOT_PUBLIC, Optional.empty());
    }
    if (elements.getPackageOf(type).isUnnamed()) {
      error(
          report,
          step,
          StepMessages.unnamedPackage(type.getSimpleName().toString()),
          Optional.empty());
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      error(report, step, StepMessages.ABSTRACT, Optional.empty());
    }
    TypeElement javaStep = elements.getTypeElement(StepCollector.JAVA_STEP);
    if (javaStep == null) {
      error(report, step, StepMessages.NO_RUNTIME, Optional.empty());
    } else if (!types.isAssignable(type.asType(), types.erasure(javaStep.asType()))) {
      error(report, step, StepMessages.NOT_A_JAVA_STEP, Optional.empty());
    }
    if (!hasPublicNoArgConstructor(type)) {
      error(report, step, StepMessages.NO_CONSTRUCTOR, Optional.empty());
    }
    if (step.revision() < 1) {
      error(report, step, StepMessages.badRevision(step.revision()), step.value("revision"));
    }
  }

  private static void checkVersion(
      DeclaredStep step, SnapshotHistory history, ValidationReport report) {
    int newest = history.newestVersion();
    Optional<Integer> recorded = history.versionRecording(step.className());
    Optional<AnnotationValue> versionValue = step.value("version");
    if (recorded.isPresent()) {
      int version = recorded.get();
      if (version != step.version()) {
        error(
            report,
            step,
            StepMessages.attachedTwice(
                step.className(), version, history.fileAt(version), step.version()),
            versionValue);
        return;
      }
      StepDefinition definition =
          history.stepsAt(version).stream()
              .filter(candidate -> candidate.className().equals(step.className()))
              .findFirst()
              .orElseThrow();
      if (definition.position() != step.position()) {
        error(
            report,
            step,
            StepMessages.positionChanged(
                step.className(),
                definition.position().name(),
                history.fileAt(version),
                step.position().name()),
            step.value("runs"));
      }
    } else if (step.version() < 1 || step.version() > newest + 1) {
      error(report, step, StepMessages.noSuchVersion(step.version(), newest), versionValue);
    } else if (step.version() <= newest) {
      error(
          report,
          step,
          StepMessages.versionAlreadyRecorded(
              step.version(), history.fileAt(step.version()), newest),
          versionValue);
    }
  }

  /** Public, and if nested, static inside public classes: what {@code new Step()} needs. */
  private static boolean accessible(TypeElement type) {
    Element current = type;
    while (current instanceof TypeElement nested) {
      if (!nested.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
      if (nested.getNestingKind() == NestingKind.MEMBER) {
        if (!nested.getModifiers().contains(Modifier.STATIC)
            && nested.getKind() == ElementKind.CLASS) {
          return false;
        }
      } else if (nested.getNestingKind() != NestingKind.TOP_LEVEL) {
        return false;
      }
      current = nested.getEnclosingElement();
    }
    return true;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }

  private static void error(
      ValidationReport report, DeclaredStep step, String message, Optional<AnnotationValue> value) {
    report.error(message, step.element(), step.annotation(), value.orElse(null));
  }
}
