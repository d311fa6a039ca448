package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Finds the owning side a {@code mappedBy} names in the target entity: a field of it or of a class
 * above it, or, for a dotted path ({@code address.owner}), a field of the embeddable such a field
 * holds. Hibernate 7 refuses to start on a {@code mappedBy} that names none.
 */
final class MappedByFields {

  private MappedByFields() {}

  /**
   * The {@code mappedBy} of the field's {@code @annotation} ({@code OneToOne}), empty where it has
   * none; one that names no field of {@code target} is reported on the annotation.
   */
  static String named(
      VariableElement field,
      Optional<TypeElement> target,
      String annotation,
      MappingReport report) {
    Optional<AnnotationMirror> association = JpaAnnotations.find(field, annotation);
    String mappedBy =
        association.map(found -> AnnotationMirrors.string(found, "mappedBy", "")).orElse("");
    if (!mappedBy.isEmpty() && target.isPresent() && find(target.get(), mappedBy).isEmpty()) {
      report.unsupported(
          AssociationMessages.unknownMappedBy(field, target.get(), mappedBy),
          field,
          association.get());
    }
    return mappedBy;
  }

  /**
   * Whether the {@code mappedBy} of a {@code @OneToMany} or {@code @ManyToMany} names a field of
   * {@code target}; reports it on the annotation where it does not.
   */
  static boolean owned(VariableElement field, TypeElement target, MappingReport report) {
    String annotation = JpaAnnotations.has(field, "OneToMany") ? "OneToMany" : "ManyToMany";
    String mappedBy = named(field, Optional.of(target), annotation, report);
    return find(target, mappedBy).isPresent();
  }

  /** The field {@code path} names in {@code target}, if it names one. */
  static Optional<Element> find(TypeElement target, String path) {
    Optional<Element> found = Optional.empty();
    TypeElement type = target;
    for (String name : path.split("\\.", -1)) {
      found = type == null ? Optional.empty() : field(type, name);
      if (found.isEmpty()) {
        return found;
      }
      type = JpaTypes.typeElement(found.get().asType());
    }
    return found;
  }

  private static Optional<Element> field(TypeElement type, String name) {
    for (TypeElement current = type; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(name)) {
          return Optional.of(member);
        }
      }
    }
    return Optional.empty();
  }
}
