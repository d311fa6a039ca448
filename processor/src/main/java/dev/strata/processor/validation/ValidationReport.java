package dev.strata.processor.validation;

import dev.strata.processor.BoundField;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The findings of a validation stage, each attached to the element, annotation and value at fault;
 * printed once, after which the pipeline goes on only if no error was found.
 */
public final class ValidationReport {

  private record Item(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {

    Item {
      // the compiler attaches a message only to an element it declared
      element = BoundField.declared(element);
    }
  }

  private final List<Item> items = new ArrayList<>();

  public void error(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    items.add(new Item(Diagnostic.Kind.ERROR, message, element, annotation, value));
  }

  public void note(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    items.add(new Item(Diagnostic.Kind.NOTE, message, element, annotation, value));
  }

  public void warning(
      String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
    items.add(new Item(Diagnostic.Kind.WARNING, message, element, annotation, value));
  }

  public boolean isClean() {
    return items.stream().noneMatch(item -> item.kind() == Diagnostic.Kind.ERROR);
  }

  public void printTo(Messager messager) {
    for (Item item : items) {
      if (item.value() != null) {
        messager.printMessage(
            item.kind(), item.message(), item.element(), item.annotation(), item.value());
      } else if (item.annotation() != null) {
        messager.printMessage(item.kind(), item.message(), item.element(), item.annotation());
      } else if (item.element() != null) {
        messager.printMessage(item.kind(), item.message(), item.element());
      } else {
        messager.printMessage(item.kind(), item.message());
      }
    }
  }
}
