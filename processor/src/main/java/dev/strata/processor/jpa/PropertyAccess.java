package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * An annotation that makes Hibernate read a class's properties.
   *
   * @param description the annotation and where it sits ({@code @Id on getCode()})
   */
  record Selection(String description, Element element, AnnotationMirror annotation) {}

  private PropertyAccess() {}

  /**
   * Whether Strata can read {@code type}'s mapping from its fields; reports the getter or the
   * {@code @Access} that makes Hibernate read its properties instead.
   */
  static boolean fieldAccess(TypeElement type, MappingReport report) {
    List<Selection> selections = selections(type);
    for (Selection selection : selections) {
      report.unsupported(
          JpaMessages.propertyAccess(selection.description()),
          selection.element(),
          selection.annotation());
    }
    return selections.isEmpty();
  }

  /**
   * The first annotation that makes Hibernate read the properties of {@code type} or of an entity
   * or mapped superclass it extends, whose mapping it inherits.
   */
  static Optional<Selection> inHierarchy(TypeElement type) {
    for (TypeElement above = type; above != null; above = Hierarchies.superclass(above)) {
      boolean mapped = above == type || JpaAnnotations.has(above, "Entity", "MappedSuperclass");
      List<Selection> selections = mapped ? selections(above) : List.of();
      if (!selections.isEmpty()) {
        return Optional.of(selections.get(0));
      }
    }
    return Optional.empty();
  }

  /** The class's {@code @Access(PROPERTY)}, else each getter's annotation that selects it. */
  private static List<Selection> selections(TypeElement type) {
    Optional<AnnotationMirror> access = JpaAnnotations.find(type, "Access");
    String declared = access.flatMap(a -> AnnotationMirrors.enumConstant(a, "value")).orElse("");
    if (declared.equals("PROPERTY")) {
      return List.of(
          new Selection("@Access(PROPERTY) on " + type.getSimpleName(), type, access.get()));
    }
    List<Selection> selections = new ArrayList<>();
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
        selections.add(
            new Selection(
                "@" + annotation + " on " + member.getSimpleName() + "()",
                member,
                selecting.get()));
      }
    }
    return selections;
  }
}
