package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.verify.TypeCategory;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * Hibernate's {@code @Type}, a {@code UserType} class that gives a basic field its column. Its
 * {@code getSqlType()} runs when Hibernate starts, which a build cannot do; but a {@code
 * columnDefinition} wins over it, and Hibernate's export writes that as it is (measured on H2,
 * PostgreSQL and MariaDB: {@code varchar(1000)} for a {@code Map} field), so Strata follows a
 * {@code @Type} that has one, as teams write it for JSON types
 * ({@code @Type(JsonType.class) @Column(columnDefinition = "jsonb")}).
 */
final class UserTypes {

  private static final String TYPE = "org.hibernate.annotations.Type";

  /** Where a {@code @Type} is more than one column of a basic field: keys, versions, relations. */
  private static final List<String> REFUSED_BESIDE =
      List.of(
          "Id",
          "EmbeddedId",
          "MapsId",
          "Version",
          "ElementCollection",
          "OneToMany",
          "ManyToMany",
          "ManyToOne",
          "OneToOne");

  private UserTypes() {}

  /** Whether {@code field} carries Hibernate's {@code @Type}. */
  static boolean annotates(Element field) {
    return AnnotationMirrors.has(field, TYPE);
  }

  /**
   * Whether a {@code @Type} on {@code field}, if any, is on a basic field; reports one on a key, a
   * version, a collection or an association, whose columns Strata would have to size or join.
   */
  static boolean placementSupported(Element field, MappingReport report) {
    Optional<AnnotationMirror> type = AnnotationMirrors.find(field, TYPE);
    if (type.isEmpty() || !JpaAnnotations.has(field, REFUSED_BESIDE.toArray(String[]::new))) {
      return true;
    }
    report.unsupported(
        JpaMessages.unsupported(
            "a custom @Type on a key, a version, a collection or an association"),
        field,
        type.get());
    return false;
  }

  /**
   * The column type of a {@code @Type} field: the {@code columnDefinition} of {@code column} (its
   * own {@code @Column} or an override's); without one, reported on the {@code @Type} and empty.
   */
  static Optional<JpaTypes.Mapping> mapping(
      VariableElement field, Optional<AnnotationMirror> column, MappingReport report) {
    Optional<String> definition =
        column.map(BasicTypes::columnDefinition).filter(given -> !given.isEmpty());
    if (definition.isEmpty()) {
      report.unsupported(
          JpaMessages.unsupported(
              "a custom @Type without @Column(columnDefinition): its UserType gives the column's"
                  + " type when Hibernate starts, which a build cannot run; name the type"
                  + " Hibernate's export writes with @Column(columnDefinition = \"...\"), as for"
                  + " a JSON type (\"jsonb\" on PostgreSQL)"),
          field,
          AnnotationMirrors.find(field, TYPE).orElseThrow());
      return Optional.empty();
    }
    return Optional.of(new JpaTypes.Mapping(definition.get(), TypeCategory.OTHER));
  }
}
