package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Finds the classes Hibernate maps through their getters (JPA's property access), which Strata does
 * not read: it maps fields, so a class whose {@code @Id} sits on a getter, or that says
 * {@code @Access(PROPERTY)}, would get the columns of its fields instead of those of its getters,
 * with the names and keys the getters' annotations give lost.
 */
final class PropertyAccess {

  private PropertyAccess() {}

  /**
   * Whether Strata can read {@code type}'s mapping from its fields; reports the getter or the
   * {@code @Access} that makes Hibernate read its properties instead.
   */
  static boolean fieldAccess(TypeElement type, MappingReport report) {
    Optional<AnnotationMirror> access = JpaAnnotations.find(type, "Access");
    String declared = access.flatMap(a -> AnnotationMirrors.enumConstant(a, "value")).orElse("");
    if (declared.equals("PROPERTY")) {
      report.unsupported(
          JpaMessages.propertyAccess("@Access(PROPERTY) on " + type.getSimpleName()),
          type,
          access.get());
      return false;
    }
    boolean supported = true;
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      // on a getter, @Id selects property access unless the class says @Access(FIELD), and
      // @Access(PROPERTY) maps that one getter on top of the fields
      Optional<AnnotationMirror> selecting =
          declared.equals("FIELD")
              ? JpaAnnotations.find(member, "Access")
              : JpaAnnotations.find(member, "Id")
                  .or(() -> JpaAnnotations.find(member, "EmbeddedId"))
                  .or(() -> JpaAnnotations.find(member, "Access"));
      if (selecting.isPresent()) {
        String annotation =
            selecting.get().getAnnotationType().asElement().getSimpleName().toString();
        report.unsupported(
            JpaMessages.propertyAccess("@" + annotation + " on " + member.getSimpleName() + "()"),
            member,
            selecting.get());
        supported = false;
      }
    }
    return supported;
  }
}
