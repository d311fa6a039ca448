package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds JPA annotations by simple name in both of their namespaces: {@code jakarta.persistence}
 * (JPA 3) and {@code javax.persistence} (JPA 2, which Hibernate 5 and Spring Boot 2 applications
 * still use). Every JPA annotation Strata reads is found through here, so both work everywhere.
 */
public final class JpaAnnotations {

  private static final List<String> NAMESPACES =
      List.of("jakarta.persistence.", "javax.persistence.");

  private JpaAnnotations() {}

  /** The annotation {@code simpleName}, such as {@code Column}, from whichever namespace has it. */
  static Optional<AnnotationMirror> find(Element element, String simpleName) {
    for (String namespace : NAMESPACES) {
      Optional<AnnotationMirror> found = AnnotationMirrors.find(element, namespace + simpleName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Every annotation {@code simpleName} on the element, in either namespace: the one written alone
   * and those its container holds ({@code @SequenceGenerators} for {@code SequenceGenerator}), the
   * form javac gives a repeated one.
   */
  static List<AnnotationMirror> all(Element element, String simpleName) {
    List<AnnotationMirror> all = new ArrayList<>();
    for (String namespace : NAMESPACES) {
      AnnotationMirrors.find(element, namespace + simpleName).ifPresent(all::add);
      AnnotationMirrors.find(element, namespace + simpleName + "s")
          .ifPresent(container -> all.addAll(AnnotationMirrors.annotations(container, "value")));
    }
    return List.copyOf(all);
  }

  static boolean has(Element element, String... simpleNames) {
    for (String simpleName : simpleNames) {
      if (find(element, simpleName).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static boolean isEntity(TypeElement type) {
    return has(type, "Entity");
  }

  /**
   * The {@code name} given to annotation {@code simpleName}, such as {@code @Table(name = ...)}, or
   * the empty string when none is given.
   */
  public static String name(Element element, String simpleName) {
    for (String namespace : NAMESPACES) {
      String name =
          AnnotationMirrors.find(element, namespace + simpleName)
              .map(annotation -> AnnotationMirrors.string(annotation, "name", ""))
              .orElse("");
      if (!name.isEmpty()) {
        return name;
      }
    }
    return "";
  }

  /**
   * The schema that {@code @Table} puts the class's table in, else its catalog (MySQL's database,
   * which Hibernate qualifies names with alike); the empty string when it names neither.
   */
  public static String tableSchema(Element element) {
    for (String namespace : NAMESPACES) {
      Optional<AnnotationMirror> table = AnnotationMirrors.find(element, namespace + "Table");
      if (table.isPresent()) {
        String schema = AnnotationMirrors.string(table.get(), "schema", "");
        return schema.isEmpty() ? AnnotationMirrors.string(table.get(), "catalog", "") : schema;
      }
    }
    return "";
  }

  /** {@code name} in {@code schema}, or alone when {@code schema} is empty. */
  public static String qualified(String schema, String name) {
    return schema.isEmpty() ? name : schema + "." + name;
  }

  /** The annotation types named {@code simpleName} that the compilation's class path holds. */
  static List<TypeElement> types(Elements elements, String simpleName) {
    return NAMESPACES.stream()
        .map(namespace -> elements.getTypeElement(namespace + simpleName))
        .filter(Objects::nonNull)
        .toList();
  }
}
