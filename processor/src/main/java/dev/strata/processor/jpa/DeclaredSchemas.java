package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Refuses the schema or catalog of a table or sequence, which Strata would drop: it creates every
 * table and sequence unqualified, in the database's default schema, where Hibernate's export puts
 * them in the one named. One written out empty ({@code schema = ""}) names none, as Hibernate reads
 * it. {@code @TableGenerator}'s are {@link TableGenerators}' to refuse.
 */
final class DeclaredSchemas {

  private DeclaredSchemas() {}

  /**
   * Whether the class's {@code @Table}, {@code @SecondaryTable}s and sequence generators name none,
   * nor those of the packages of the class and the classes above it, where {@link GeneratorScope}
   * finds generators too (each reported on its {@code package-info.java}).
   */
  static boolean classSupported(TypeElement type, MappingReport report) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    JpaAnnotations.find(type, "Table").ifPresent(annotations::add);
    annotations.addAll(SecondaryTables.declared(type));
    annotations.addAll(JpaAnnotations.all(type, "SequenceGenerator"));
    boolean supported = supported(type, annotations, report);
    for (PackageElement holder : GeneratorScope.packages(type)) {
      supported &= supported(holder, JpaAnnotations.all(holder, "SequenceGenerator"), report);
    }
    return supported;
  }

  /** Whether the field's {@code @JoinTable}, {@code @CollectionTable} and generators name none. */
  static boolean fieldSupported(Element field, MappingReport report) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (String annotation : List.of("JoinTable", "CollectionTable")) {
      JpaAnnotations.find(field, annotation).ifPresent(annotations::add);
    }
    annotations.addAll(JpaAnnotations.all(field, "SequenceGenerator"));
    return supported(field, annotations, report);
  }

  private static boolean supported(
      Element element, List<AnnotationMirror> annotations, MappingReport report) {
    boolean supported = true;
    for (AnnotationMirror annotation : annotations) {
      for (String attribute : List.of("schema", "catalog")) {
        if (!named(annotation, attribute).isEmpty()) {
          report.unsupported(
              JpaMessages.unsupported(
                  "@"
                      + annotation.getAnnotationType().asElement().getSimpleName()
                      + "("
                      + attribute
                      + " = ...)"),
              element,
              annotation);
          supported = false;
        }
      }
    }
    return supported;
  }

  private static Optional<String> named(AnnotationMirror annotation, String attribute) {
    return Optional.of(AnnotationMirrors.string(annotation, attribute, ""))
        .filter(name -> !name.isEmpty());
  }
}
