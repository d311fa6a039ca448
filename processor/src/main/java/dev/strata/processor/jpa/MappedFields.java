package dev.strata.processor.jpa;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** Finds the field a table's column comes from, to point a message at it. */
final class MappedFields {

  private MappedFields() {}

  /**
   * The field of {@code type} or its superclasses whose column this is, else {@code type} itself:
   * for a column of an embedded or inherited mapping that cannot be told, the class stands for it.
   */
  static Element of(TypeElement type, String column) {
    return field(type, column).orElse(type);
  }

  private static Optional<Element> field(TypeElement type, String column) {
    for (TypeElement current = type; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && named(member, column)) {
          return Optional.of(member);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the field's column is named {@code column}, by its {@code @Column} or implicitly. */
  private static boolean named(Element field, String column) {
    String given = JpaAnnotations.name(field, "Column");
    if (!given.isEmpty()) {
      return given.equalsIgnoreCase(column);
    }
    String name = field.getSimpleName().toString();
    return name.equalsIgnoreCase(column)
        || JpaNaming.SNAKE_CASE.physical(name).equalsIgnoreCase(column);
  }
}
