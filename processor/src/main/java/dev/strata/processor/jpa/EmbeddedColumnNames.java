package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Hibernate 7's {@code @EmbeddedColumnNaming} on an embedded field or embedded id: a pattern, such
 * as {@code home_%s}, around the name of each basic column of the embeddable, given by
 * {@code @Column} or an override too. A nested embedding's pattern is applied first ({@code
 * home_geo_lat}); join columns keep their names. A collection inside the embeddable has its own
 * basic columns (value, map key, order) named by the patterns too, its table and join columns not.
 * Without a value the pattern is the field's name and {@code _%s}. Hibernate refuses a pattern
 * without exactly one {@code %}, and ignores the annotation on any other field (an element
 * collection's too, in Hibernate 7.2).
 */
final class EmbeddedColumnNames {

  static final String ANNOTATION = "org.hibernate.annotations.EmbeddedColumnNaming";

  private EmbeddedColumnNames() {}

  /**
   * The columns of the embeddable that {@code embedding} holds, named by its pattern; a pattern
   * Hibernate refuses is reported, the columns left as they are.
   */
  static List<MappedColumn> named(
      List<MappedColumn> columns,
      VariableElement embedding,
      JpaNaming naming,
      MappingReport report) {
    Optional<AnnotationMirror> annotation = AnnotationMirrors.find(embedding, ANNOTATION);
    if (annotation.isEmpty()) {
      return columns;
    }
    String pattern = pattern(embedding, annotation.get());
    if (!valid(pattern)) {
      report.unsupported(JpaMessages.embeddedColumnNaming(pattern), embedding, annotation.get());
      return columns;
    }
    Optional<String> former = formerPattern(embedding, annotation.get());
    return columns.stream().map(column -> named(column, pattern, former, naming)).toList();
  }

  /** Warns of the annotation on a field that holds no embeddable, where Hibernate ignores it. */
  static void reportIgnored(Element field, MappingReport report) {
    Optional<AnnotationMirror> annotation = AnnotationMirrors.find(field, ANNOTATION);
    boolean embedding =
        JpaAnnotations.has(field, "Embedded", "EmbeddedId")
            || JpaTypes.embeddable(Optional.of(field.asType()));
    if (annotation.isPresent() && !embedding) {
      report.ignoredByHibernate(JpaMessages.ignoredEmbeddedColumnNaming(), field, annotation.get());
    }
  }

  /**
   * The name of a column that {@code collection} owns in its table (a basic value's, a basic map
   * key's, the order column), by the patterns of the embedded fields on its path, innermost first,
   * as Hibernate 7.2 names them ({@code a_tags}, {@code a_props_key}, {@code a_scores_order}, and
   * {@code home_geo_tags} under two). Join columns, an embeddable value's or key's columns and the
   * table keep their names, as in Hibernate.
   */
  static String collectionColumn(String name, CollectionAttribute collection, JpaNaming naming) {
    return namedAlong(name, collection.embeddings(), false, naming);
  }

  /**
   * The name a column that {@code collection} owns had, {@code name} inside the patterns the
   * embedded fields on its path had before a rename ({@code home_tags} for {@code residence_tags}
   * when {@code @RenamedFrom("home")} renames the bare pattern's field).
   */
  static String formerCollectionColumn(
      String name, CollectionAttribute collection, JpaNaming naming) {
    return namedAlong(name, collection.embeddings(), true, naming);
  }

  /**
   * {@code column} named as where it is: by the patterns of the embedded fields on its path,
   * innermost first. What the outermost holder's own pattern adds is left to its {@link #named}.
   */
  static MappedColumn namedAlongPath(MappedColumn column, JpaNaming naming) {
    if (column.references().isPresent()) {
      return column;
    }
    List<VariableElement> path = column.embeddings();
    UnaryOperator<String> now = name -> namedAlong(name, path, false, naming);
    return path.stream().anyMatch(embedding -> formerPattern(embedding).isPresent())
        ? column.namedBy(now, name -> namedAlong(name, path, true, naming))
        : column.namedBy(now);
  }

  /**
   * {@code name} inside the patterns of the embedded fields on {@code path}, innermost first: those
   * they have now, or, {@code former}, those they had before a rename.
   */
  private static String namedAlong(
      String name, List<VariableElement> path, boolean former, JpaNaming naming) {
    String named = name;
    for (int i = path.size() - 1; i >= 0; i--) {
      VariableElement embedding = path.get(i);
      Optional<String> pattern =
          former
              ? formerPattern(embedding).or(() -> validPattern(embedding))
              : validPattern(embedding);
      if (pattern.isPresent()) {
        named = applied(pattern.get(), named, naming);
      }
    }
    return named;
  }

  private static MappedColumn named(
      MappedColumn column, String pattern, Optional<String> former, JpaNaming naming) {
    if (column.references().isPresent()) {
      return column;
    }
    UnaryOperator<String> now = name -> applied(pattern, name, naming);
    return former
        .map(previous -> column.namedBy(now, name -> applied(previous, name, naming)))
        .orElseGet(() -> column.namedBy(now));
  }

  private static String applied(String pattern, String name, JpaNaming naming) {
    return naming.physical(pattern.replace("%s", name));
  }

  /** The pattern of {@code embedding}, if it has one Hibernate accepts. */
  private static Optional<String> validPattern(VariableElement embedding) {
    return AnnotationMirrors.find(embedding, ANNOTATION)
        .map(annotation -> pattern(embedding, annotation))
        .filter(EmbeddedColumnNames::valid);
  }

  /** The pattern {@code embedding} had before a rename, if its annotation makes it of its name. */
  private static Optional<String> formerPattern(VariableElement embedding) {
    return AnnotationMirrors.find(embedding, ANNOTATION)
        .flatMap(annotation -> formerPattern(embedding, annotation));
  }

  /**
   * The pattern a bare annotation made of the field's former name, {@code @RenamedFrom("home")}
   * making {@code home_%s}: a pattern given as a value is the same before and after.
   */
  private static Optional<String> formerPattern(
      VariableElement embedding, AnnotationMirror annotation) {
    if (!AnnotationMirrors.string(annotation, "value", "").isEmpty()) {
      return Optional.empty();
    }
    return FormerNames.renamedFrom(embedding)
        .filter(previous -> !previous.equals(embedding.getSimpleName().toString()))
        .map(previous -> previous + "_%s");
  }

  /** One {@code %}, of {@code %s}: Hibernate formats the name into it. */
  private static boolean valid(String pattern) {
    return pattern.contains("%s") && pattern.indexOf('%') == pattern.lastIndexOf('%');
  }

  private static String pattern(VariableElement embedding, AnnotationMirror annotation) {
    String value = AnnotationMirrors.string(annotation, "value", "");
    return value.isEmpty() ? embedding.getSimpleName() + "_%s" : value;
  }
}
