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

  /**
   * The field whose column of {@code table} this is: for a collection or join table, the field that
   * declares it ({@code @CollectionTable(name)}, {@code @JoinTable(name)}, or the implicit {@code
   * <entity>_<field>}), so that a message about its columns points at that collection rather than
   * at the first field with a column of that name; else as {@link #of(TypeElement, String)}.
   */
  static Element of(TypeElement type, String table, String column) {
    for (TypeElement current = type; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && declaresTable(type, member, table)) {
          return member;
        }
      }
    }
    return of(type, column);
  }

  private static boolean declaresTable(TypeElement type, Element field, String table) {
    String given =
        JpaAnnotations.name(field, "CollectionTable") + JpaAnnotations.name(field, "JoinTable");
    if (!given.isEmpty()) {
      return given.equalsIgnoreCase(table)
          || JpaNaming.SNAKE_CASE.physical(given).equalsIgnoreCase(table);
    }
    if (!JpaAnnotations.has(field, "ElementCollection", "ManyToMany", "OneToMany")) {
      return false;
    }
    String implicit = CollectionTables.entityName(type) + "_" + field.getSimpleName();
    return implicit.equalsIgnoreCase(table)
        || JpaNaming.SNAKE_CASE.physical(implicit).equalsIgnoreCase(table);
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
