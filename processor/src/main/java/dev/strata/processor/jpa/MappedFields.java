package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
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
   * The element a message about column {@code column} of a declared table belongs on: the field
   * that declares a join, collection or generator table, whatever field has a column of that name;
   * for the entity's own and secondary tables, the field with a column of that name in that table,
   * a {@code @Column(table)} telling a secondary table's from the entity table's; else the class.
   */
  static Element of(EntityCollector.DeclaredEntity entity, String column) {
    if (!entity.declaring().equals(entity.element())) {
      return entity.declaring();
    }
    return field(entity.element(), entity.table().name(), column).orElse(entity.element());
  }

  /**
   * The field with a column {@code column} in {@code table}: one whose {@code @Column(table)} names
   * it first, else one without another table named.
   */
  private static Optional<Element> field(TypeElement type, String table, String column) {
    Element secondary = null;
    Element primary = null;
    for (TypeElement current = type; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() != ElementKind.FIELD || !named(member, column)) {
          continue;
        }
        String given = columnTable(member);
        if (given.isEmpty() && primary == null) {
          primary = member;
        } else if (!given.isEmpty() && sameName(given, table) && secondary == null) {
          secondary = member;
        }
      }
    }
    return Optional.ofNullable(secondary != null ? secondary : primary);
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

  private static String columnTable(Element field) {
    return JpaAnnotations.find(field, "Column")
        .map(column -> AnnotationMirrors.string(column, "table", ""))
        .orElse("");
  }

  /** Whether a name as written is {@code physical}, under either naming. */
  private static boolean sameName(String written, String physical) {
    return written.equalsIgnoreCase(physical)
        || JpaNaming.SNAKE_CASE.physical(written).equalsIgnoreCase(physical);
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
