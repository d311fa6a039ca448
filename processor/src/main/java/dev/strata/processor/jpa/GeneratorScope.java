package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    return declared(annotation, field, entity, generator).map(Declared::annotation);
  }

  /** As {@link #find}, with the element that declares the generator, for errors on it. */
  static Optional<Declared> declared(
      String annotation, VariableElement field, TypeElement entity, String generator) {
    // repeated or in their container, as alone: Hibernate reads all three alike
    return find(holder -> JpaAnnotations.all(holder, annotation), field, entity, generator);
  }

  /**
   * Whether a JPA generator the key {@code generator} takes is in its scope: a {@code
   * SequenceGenerator} (for no name, any), or a {@code @TableGenerator} of that name. Hibernate 7
   * takes it over a {@code @GenericGenerator} of the same name, even one declared nearer the key
   * (measured: a generic one on the field loses to a JPA one on the class).
   */
  static boolean declaresJpaGenerator(VariableElement field, TypeElement entity, String generator) {
    return find("SequenceGenerator", field, entity, generator).isPresent()
        || (!generator.isEmpty() && find("TableGenerator", field, entity, generator).isPresent());
  }

  /** A generator and the field, class or package that declares it. */
  record Declared(Element holder, AnnotationMirror annotation) {}

  /**
   * Hibernate's {@code @GenericGenerator} named {@code generator} in the key's scope, alone or in
   * {@code @GenericGenerators}, nearest first; for no name, the nearest one there.
   */
  static Optional<Declared> declaredGeneric(
      VariableElement field, TypeElement entity, String generator) {
    return find(
        holder -> {
          List<AnnotationMirror> all = new ArrayList<>();
          AnnotationMirrors.find(holder, "org.hibernate.annotations.GenericGenerator")
              .ifPresent(all::add);
          AnnotationMirrors.find(holder, "org.hibernate.annotations.GenericGenerators")
              .ifPresent(
                  container -> all.addAll(AnnotationMirrors.annotations(container, "value")));
          return all;
        },
        field,
        entity,
        generator);
  }

  private static Optional<Declared> find(
      Function<Element, List<AnnotationMirror>> annotations,
      VariableElement field,
      TypeElement entity,
      String generator) {
    Element declaring = field.getEnclosingElement();
    for (Element holder :
        new Element[] {field, declaring, entity, packageOf(declaring), packageOf(entity)}) {
      Optional<AnnotationMirror> found =
          annotations.apply(holder).stream()
              .filter(
                  g ->
                      generator.isEmpty()
                          || AnnotationMirrors.string(g, "name", "").equals(generator))
              .findFirst();
      if (found.isPresent()) {
        return Optional.of(new Declared(holder, found.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The packages whose generators are in scope for the keys of {@code type}: its own and those of
   * the classes above it, which may declare its key fields.
   */
  static Set<PackageElement> packages(TypeElement type) {
    Set<PackageElement> packages = new LinkedHashSet<>();
    for (TypeElement above = type;
        above != null;
        above = JpaTypes.typeElement(above.getSuperclass())) {
      packages.add(packageOf(above));
    }
    return packages;
  }

  private static PackageElement packageOf(Element element) {
    Element enclosing = element;
    while (!(enclosing instanceof PackageElement)) {
      enclosing = enclosing.getEnclosingElement();
    }
    return (PackageElement) enclosing;
  }
}
