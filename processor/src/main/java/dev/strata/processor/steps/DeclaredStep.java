package dev.strata.processor.steps;

import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.plan.StepCall;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Step} as found on a class, with the annotation and values that diagnostics point at.
 *
 * @param element the annotated class
 * @param annotation the {@code @Step} annotation on it
 * @param version the {@code version} value
 * @param position the {@code runs} value, or its default
 * @param revision the {@code revision} value, or its default
 * @param reversible whether the class overrides {@code JavaStep.downgrade}
 * @param inRound whether the class is being compiled now, rather than read from the class path
 */
public record DeclaredStep(
    TypeElement element,
    AnnotationMirror annotation,
    int version,
    StepPosition position,
    int revision,
    boolean reversible,
    boolean inRound) {

  /** The canonical name, as generated code refers to the class. */
  public String className() {
    return element.getQualifiedName().toString();
  }

  public StepDefinition definition() {
    return new StepDefinition(className(), position);
  }

  /** The call of this step that a version recording {@code recorded} makes. */
  StepCall call(StepDefinition recorded) {
    Element enclosing = element;
    while (!(enclosing instanceof PackageElement)) {
      enclosing = enclosing.getEnclosingElement();
    }
    String packageName = ((PackageElement) enclosing).getQualifiedName().toString();
    return new StepCall(recorded, packageName, revision, reversible);
  }

  /** The annotation's value {@code name}, when written out, for diagnostics to point at. */
  Optional<AnnotationValue> value(String name) {
    return StepCollector.valueOf(annotation, name);
  }
}
