package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.BoundField;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A {@code @OneToOne} that shares its entity's primary key with the target's
 * ({@code @PrimaryKeyJoinColumn} on the field), as Hibernate 7.2 exports it (measured on H2,
 * PostgreSQL and MariaDB): no column of its own and, under {@code optional = false}, a foreign key
 * from the entity's key column to the target's, which the key column carries as a read-only
 * association onto it ({@link ReadOnlyColumns}); without it, nothing at all. A composite key, or a
 * column the annotation names other than the entity's key, is reported.
 */
final class SharedKeys {

  private final FieldMapper mapper;
  private final ToOneColumns toOne;

  SharedKeys(FieldMapper mapper, ToOneColumns toOne) {
    this.mapper = mapper;
    this.toOne = toOne;
  }

  /** Whether {@code field} is a {@code @OneToOne} over its entity's primary key. */
  static boolean shares(Element field) {
    return JpaAnnotations.has(field, "PrimaryKeyJoinColumn")
        && JpaAnnotations.find(field, "OneToOne")
            .filter(c -> AnnotationMirrors.string(c, "mappedBy", "").isEmpty())
            .isPresent();
  }

  /** The key column as the association reads it, or none. */
  List<MappedColumn> columns(VariableElement field, TypeElement target, MappingReport report) {
    if (ToOneColumns.optional(field)) {
      return List.of();
    }
    Element owner = BoundField.declared(field).getEnclosingElement();
    List<MappedColumn> key =
        owner instanceof TypeElement type && JpaAnnotations.isEntity(type)
            ? mapper.keyColumns(type, report)
            : List.of();
    List<MappedColumn> referring = toOne.referringColumns(field, target, report);
    Optional<String> named =
        JpaAnnotations.find(field, "PrimaryKeyJoinColumn")
            .map(c -> AnnotationMirrors.string(c, "name", ""))
            .filter(name -> !name.isEmpty())
            // named as Hibernate names it: under Spring's naming, passportId is passport_id
            .map(name -> mapper.naming().physical(name));
    if (key.size() != 1
        || referring.size() != 1
        || named.filter(name -> !name.equalsIgnoreCase(key.get(0).name())).isPresent()) {
      report.unsupported(
          JpaMessages.unsupported(
              "a @OneToOne @PrimaryKeyJoinColumn other than over the single-column key of the"
                  + " entity that declares it"),
          field,
          JpaAnnotations.find(field, "PrimaryKeyJoinColumn").orElse(null));
      return List.of();
    }
    MappedColumn own = key.get(0);
    return List.of(
        new MappedColumn(
            field,
            own.name(),
            own.sqlType(),
            own.category(),
            false,
            false,
            false,
            Optional.empty(),
            referring.get(0).references(),
            Optional.empty()));
  }
}
