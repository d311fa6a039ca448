package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The {@code @Index} columns in descending order ({@code columnList = "happened DESC"}): Hibernate
 * creates the index so, and Strata's indexes are ascending, so each is reported on its index.
 */
final class DescendingIndexes {

  /** The annotations of a class and of a field that declare a table, and so its indexes. */
  private static final List<String> ON_CLASS = List.of("Table", "SecondaryTable");

  private static final List<String> ON_FIELD = List.of("JoinTable", "CollectionTable");

  private DescendingIndexes() {}

  /** Whether no index of the class's tables has a descending column; reports each that has. */
  static boolean classSupported(Element type, MappingReport report) {
    List<AnnotationMirror> declarations = declarations(type, ON_CLASS);
    JpaAnnotations.find(type, "SecondaryTables")
        .ifPresent(tables -> declarations.addAll(AnnotationMirrors.annotations(tables, "value")));
    return supported(type, declarations, report);
  }

  /** Whether no index of the field's join or collection table has a descending column. */
  static boolean fieldSupported(Element field, MappingReport report) {
    return supported(field, declarations(field, ON_FIELD), report);
  }

  private static List<AnnotationMirror> declarations(Element element, List<String> names) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (String name : names) {
      JpaAnnotations.find(element, name).ifPresent(found::add);
    }
    return found;
  }

  private static boolean supported(
      Element element, List<AnnotationMirror> declarations, MappingReport report) {
    boolean supported = true;
    for (AnnotationMirror declaration : declarations) {
      for (AnnotationMirror index : AnnotationMirrors.annotations(declaration, "indexes")) {
        Optional<String> descending =
            List.of(AnnotationMirrors.string(index, "columnList", "").split(",")).stream()
                .map(String::strip)
                .filter(part -> part.toUpperCase(Locale.ROOT).matches(".*\\sDESC"))
                .findFirst();
        if (descending.isPresent()) {
          report.unsupported(JpaMessages.descendingIndex(descending.get()), element, index);
          supported = false;
        }
      }
    }
    return supported;
  }
}
