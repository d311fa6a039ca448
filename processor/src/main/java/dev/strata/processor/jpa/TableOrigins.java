package dev.strata.processor.jpa;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Says which mapping gives a declared table its name, and whether the name is given or implicit, so
 * that a message about two mappings of one table names both as the user wrote them.
 */
final class TableOrigins {

  /**
   * How a table is named.
   *
   * @param text the mapping, as a message names it ({@code @JoinTable(name) of field films of
   *     Actor}, {@code the implicit name of entity Post})
   * @param implicit whether no annotation gives the name
   * @param toOne whether it is a to-one's join table, which Hibernate maps as a secondary table of
   *     its entity
   */
  record Origin(String text, boolean implicit, boolean toOne) {

    Origin(String text, boolean implicit) {
      this(text, implicit, false);
    }
  }

  private TableOrigins() {}

  static Origin of(EntityCollector.DeclaredEntity entity) {
    Element declaring = entity.declaring();
    String table = entity.table().name();
    if (declaring instanceof TypeElement type) {
      String owner = "entity " + type.getSimpleName();
      if (SecondaryTables.declared(type).stream()
          .anyMatch(t -> sameName(SecondaryTables.name(t), table))) {
        return new Origin("@SecondaryTable(name) of " + owner, false);
      }
      return JpaAnnotations.name(type, "Table").isEmpty()
          ? new Origin("the implicit name of " + owner, true)
          : new Origin("@Table(name) of " + owner, false);
    }
    String field =
        "field "
            + declaring.getSimpleName()
            + " of "
            + declaring.getEnclosingElement().getSimpleName();
    boolean toOne = JpaAnnotations.has(declaring, "ManyToOne", "OneToOne");
    for (String annotation : new String[] {"JoinTable", "CollectionTable"}) {
      if (!JpaAnnotations.name(declaring, annotation).isEmpty()) {
        return new Origin("@" + annotation + "(name) of " + field, false, toOne);
      }
    }
    if (JpaAnnotations.has(declaring, "ElementCollection")) {
      return new Origin("the implicit collection table name of " + field, true);
    }
    if (JpaAnnotations.has(declaring, "ManyToMany", "OneToMany", "ManyToOne", "OneToOne")) {
      return new Origin("the implicit join table name of " + field, true, toOne);
    }
    return new Origin("the generator table of " + field, false);
  }

  /**
   * The annotation that names the entity's table, where an error about it belongs: {@code @Table},
   * the {@code @SecondaryTable} of its name, {@code @JoinTable} or {@code @CollectionTable}; empty
   * for an implicit name, which only the class or field declares.
   */
  static Optional<AnnotationMirror> annotation(EntityCollector.DeclaredEntity entity) {
    Element declaring = entity.declaring();
    String table = entity.table().name();
    if (declaring instanceof TypeElement type) {
      return SecondaryTables.declared(type).stream()
          .filter(t -> sameName(SecondaryTables.name(t), table))
          .findFirst()
          .or(() -> JpaAnnotations.find(type, "Table"));
    }
    return JpaAnnotations.find(declaring, "JoinTable")
        .or(() -> JpaAnnotations.find(declaring, "CollectionTable"));
  }

  private static boolean sameName(String written, String physical) {
    return written.equalsIgnoreCase(physical)
        || JpaNaming.SNAKE_CASE.physical(written).equalsIgnoreCase(physical);
  }
}
