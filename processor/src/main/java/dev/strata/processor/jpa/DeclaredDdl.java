package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * JPA 3.2's {@code options} and {@code comment} of tables, columns, indexes, unique constraints and
 * sequences: SQL that Hibernate appends to what it creates ({@code create table ... (...)
 * <options>}, {@code parent_id bigint <options>}) and the comments it gives tables and columns
 * ({@code comment on column ...}) other than those {@link Comments} follows, a column's fraction of
 * seconds, and the checks of join columns, secondary and join tables, which Strata does not write,
 * so each is reported on its annotation; so is a {@code @PrimaryKeyJoinColumn}'s {@code
 * columnDefinition}, on which Hibernate's DDL fails.
 */
final class DeclaredDdl {

  /** What Hibernate makes of each attribute, as measured on its export. */
  private static final Map<String, String> ATTRIBUTES =
      Map.of(
          "options",
          "SQL Hibernate appends to what it creates",
          "comment",
          "a comment Hibernate gives that table or column, which Strata follows only on an"
              + " entity's @Table and @SecondaryTable, on the @Column or to-one @JoinColumn of an"
              + " entity's own field, on a collection's @JoinTable and on the @Column of an"
              + " element collection of basic values");

  /**
   * The annotations whose {@code check} Hibernate adds to their table or column; those of
   * {@code @Table} and {@code @Column} are Strata's too (EntityChecks).
   */
  private static final List<String> CHECKED = List.of("SecondaryTable", "JoinTable", "JoinColumn");

  /** The annotations of a class whose options or comment Hibernate follows. */
  private static final List<String> ON_CLASS =
      List.of(
          "Table",
          "SecondaryTable",
          "DiscriminatorColumn",
          "SequenceGenerator",
          "PrimaryKeyJoinColumn",
          "AttributeOverride",
          "AssociationOverride");

  private static final List<String> ON_FIELD =
      List.of(
          "Column",
          "JoinTable",
          "CollectionTable",
          "JoinColumn",
          "OrderColumn",
          "MapKeyColumn",
          "MapKeyJoinColumn",
          "SequenceGenerator",
          "AttributeOverride",
          "AssociationOverride");

  /** The containers of those that repeat, whose {@code value} lists them. */
  private static final List<String> CONTAINERS =
      List.of(
          "SecondaryTables",
          "JoinColumns",
          "MapKeyJoinColumns",
          "PrimaryKeyJoinColumns",
          "SequenceGenerators",
          "AttributeOverrides",
          "AssociationOverrides");

  /** The attributes that nest annotations with options of their own. */
  private static final List<String> NESTED =
      List.of(
          "indexes",
          "uniqueConstraints",
          "joinColumns",
          "inverseJoinColumns",
          "column",
          "pkJoinColumns");

  private DeclaredDdl() {}

  /**
   * Whether no annotation of the class, nor a sequence generator of a package in its keys' scope
   * (reported on its {@code package-info.java}), has options or a comment; reports each that has.
   */
  static boolean classSupported(TypeElement type, MappingReport report) {
    boolean supported = supported(type, declarations(type, ON_CLASS), report);
    for (PackageElement holder : GeneratorScope.packages(type)) {
      supported &= supported(holder, JpaAnnotations.all(holder, "SequenceGenerator"), report);
    }
    return supported;
  }

  /** Whether no annotation of the field has options or a comment; reports each that has. */
  static boolean fieldSupported(Element field, MappingReport report) {
    return supported(field, declarations(field, ON_FIELD), report);
  }

  private static List<AnnotationMirror> declarations(Element element, List<String> names) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (String name : names) {
      JpaAnnotations.find(element, name).ifPresent(found::add);
    }
    for (String container : CONTAINERS) {
      JpaAnnotations.find(element, container)
          .ifPresent(list -> found.addAll(AnnotationMirrors.annotations(list, "value")));
    }
    return found;
  }

  private static boolean supported(
      Element element, List<AnnotationMirror> declarations, MappingReport report) {
    List<AnnotationMirror> all = new ArrayList<>(declarations);
    for (AnnotationMirror declaration : declarations) {
      for (String nested : NESTED) {
        all.addAll(AnnotationMirrors.annotations(declaration, nested));
      }
    }
    boolean supported = true;
    for (AnnotationMirror annotation : all) {
      boolean commented =
          declarations.contains(annotation) && Comments.followed(element, annotation);
      String name = annotation.getAnnotationType().asElement().getSimpleName().toString();
      if (CHECKED.contains(name) && !AnnotationMirrors.annotations(annotation, "check").isEmpty()) {
        report.unsupported(
            JpaMessages.unsupported(
                "@"
                    + name
                    + "(check = ...), a check constraint Hibernate adds to that table or column"),
            element,
            annotation);
        supported = false;
      }
      if (name.equals("PrimaryKeyJoinColumn")
          && !AnnotationMirrors.string(annotation, "columnDefinition", "").isEmpty()) {
        report.unsupported(JpaMessages.keyJoinColumnDefinition(), element, annotation);
        supported = false;
      }
      // sorted: one annotation's errors come in the same order on every build
      for (String attribute : new TreeSet<>(ATTRIBUTES.keySet())) {
        if (!AnnotationMirrors.string(annotation, attribute, "").isEmpty()
            && !(commented && attribute.equals("comment"))) {
          report.unsupported(
              JpaMessages.unsupported(
                  "@" + name + "(" + attribute + " = ...), " + ATTRIBUTES.get(attribute)),
              element,
              annotation);
          supported = false;
        }
      }
    }
    return supported;
  }
}
