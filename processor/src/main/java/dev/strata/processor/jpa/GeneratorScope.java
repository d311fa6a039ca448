package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Where Hibernate 7 looks for the {@code @SequenceGenerator} or {@code @TableGenerator} that a
 * key's {@code @GeneratedValue} uses: the field, the class declaring it, the entity, and the
 * packages of those classes ({@code package-info.java}). A generator declared on another entity is
 * out of scope: JPA's global scope is Hibernate's {@code
 * hibernate.jpa.compliance.global_id_generators}, off by default.
 */
final class GeneratorScope {

  private GeneratorScope() {}

  /**
   * The generator of {@code annotation}'s simple name (such as {@code "SequenceGenerator"}) named
   * {@code generator} in the key's scope, nearest first; for no name, the nearest one there.
   */
  static Optional<AnnotationMirror> find(
      String annotation, VariableElement field, TypeElement entity, String generator) {
    return find(holder -> JpaAnnotations.find(holder, annotation), field, entity, generator);
  }

  /**
   * Whether Hibernate's {@code @GenericGenerator} named {@code generator} is in the key's scope: a
   * generator class with parameters, which Strata does not read; reports it on the generator.
   */
  static boolean refusedGeneric(
      VariableElement field, TypeElement entity, String generator, MappingReport report) {
    Optional<AnnotationMirror> generic =
        find(
            holder -> AnnotationMirrors.find(holder, "org.hibernate.annotations.GenericGenerator"),
            field,
            entity,
            generator);
    generic.ifPresent(
        found ->
            report.unsupported(
                JpaMessages.genericGenerator(AnnotationMirrors.string(found, "name", "")),
                field,
                found));
    return generic.isPresent();
  }

  private static Optional<AnnotationMirror> find(
      Function<Element, Optional<AnnotationMirror>> annotation,
      VariableElement field,
      TypeElement entity,
      String generator) {
    Element declaring = field.getEnclosingElement();
    for (Element holder :
        new Element[] {field, declaring, entity, packageOf(declaring), packageOf(entity)}) {
      Optional<AnnotationMirror> found =
          annotation
              .apply(holder)
              .filter(
                  g ->
                      generator.isEmpty()
                          || AnnotationMirrors.string(g, "name", "").equals(generator));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static PackageElement packageOf(Element element) {
    Element enclosing = element;
    while (!(enclosing instanceof PackageElement)) {
      enclosing = enclosing.getEnclosingElement();
    }
    return (PackageElement) enclosing;
  }
}
