package dev.strata.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations by name, so that the processor needs neither JPA nor Hibernate on its own class
 * path to understand them.
 */
public final class AnnotationMirrors {

  private AnnotationMirrors() {}

  public static Optional<AnnotationMirror> find(Element element, String annotationName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  public static boolean has(Element element, String... annotationNames) {
    for (String name : annotationNames) {
      if (find(element, name).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** An explicitly given value, not a default. */
  public static Optional<AnnotationValue> value(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  public static String string(AnnotationMirror annotation, String name, String fallback) {
    return value(annotation, name).map(value -> value.getValue().toString()).orElse(fallback);
  }

  public static int integer(AnnotationMirror annotation, String name, int fallback) {
    return value(annotation, name).map(value -> (Integer) value.getValue()).orElse(fallback);
  }

  public static boolean bool(AnnotationMirror annotation, String name, boolean fallback) {
    return value(annotation, name).map(value -> (Boolean) value.getValue()).orElse(fallback);
  }

  /** The constant's simple name of an enum value, such as {@code IDENTITY}. */
  public static Optional<String> enumConstant(AnnotationMirror annotation, String name) {
    return value(annotation, name)
        .map(value -> ((VariableElement) value.getValue()).getSimpleName().toString());
  }

  /** The annotations of an array value, such as {@code @Table(indexes = {...})}. */
  public static List<AnnotationMirror> annotations(AnnotationMirror annotation, String name) {
    return value(annotation, name)
        .map(
            value -> items(value).stream().map(item -> (AnnotationMirror) item.getValue()).toList())
        .orElse(List.of());
  }

  /** The strings of an array value; javac hands a single string for {@code x = "a"} too. */
  public static List<String> strings(AnnotationMirror annotation, String name) {
    return value(annotation, name)
        .map(value -> items(value).stream().map(item -> item.getValue().toString()).toList())
        .orElse(List.of());
  }

  /** The items of an array value; javac hands a single item for {@code x = a} too. */
  @SuppressWarnings("unchecked")
  public static List<AnnotationValue> items(AnnotationValue value) {
    if (value.getValue() instanceof List<?>) {
      return (List<AnnotationValue>) value.getValue();
    }
    return List.of(value);
  }
}
