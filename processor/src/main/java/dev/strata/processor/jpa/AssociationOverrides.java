package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Applies {@code @AssociationOverride}s as Hibernate does: on an {@code @Embedded} field they
 * rename the join columns of the embeddable's {@code @ManyToOne} and {@code @OneToOne}
 * associations, on an entity those of its own associations and those it inherits from mapped
 * superclasses; the override's {@code @JoinColumn} replaces the column's name and nullability,
 * though not what the association itself requires: {@code optional = false}, or a {@code @NotNull}
 * that Bean Validation applies there, keeps the column NOT NULL, as in Hibernate. A {@code
 * joinTable} for a to-one association is an error; an override Hibernate ignores (of a path to no
 * association of what it overrides) is ignored too, with a warning.
 */
final class AssociationOverrides {

  private AssociationOverrides() {}

  /**
   * @param columns the columns of the class the overrides remap, each with its path from there
   * @param validation the Bean Validation rules where the columns' fields are mapped: the entity's,
   *     or those inside the embedded field {@code holder}
   */
  static List<MappedColumn> apply(
      List<MappedColumn> columns,
      Element holder,
      JpaNaming naming,
      BeanValidation validation,
      MappingReport report) {
    List<MappedColumn> result = new ArrayList<>(columns);
    for (AnnotationMirror override : declaredOn(holder)) {
      String attribute = AnnotationMirrors.string(override, "name", "");
      if (CollectionAttribute.inside(holder, attribute)) {
        continue; // a collection of the embeddable: AssociationMapper applies it to its table
      }
      List<AnnotationMirror> joins = AnnotationMirrors.annotations(override, "joinColumns");
      boolean joinTable = AnnotationMirrors.value(override, "joinTable").isPresent();
      List<Integer> matched = new ArrayList<>();
      Optional<MappedColumn> nested = Optional.empty();
      for (int i = 0; i < result.size(); i++) {
        MappedColumn column = result.get(i);
        if (column.references().isPresent() && column.path().equals(attribute)) {
          matched.add(i);
        } else if (column.references().isPresent()
            && AttributeOverrides.namesNested(attribute, column)) {
          nested = Optional.of(column);
        }
      }
      if (!joinTable && matched.isEmpty() && nested.isPresent()) {
        report.ignoredByHibernate(
            OverrideMessages.nestedAssociationOverride(attribute, nested.get().path()),
            holder,
            override);
        continue;
      }
      Optional<String> refused = InheritedOverrides.refusal(holder, attribute);
      if (matched.isEmpty() && refused.isPresent()) {
        report.unsupported(refused.get(), holder, override);
        continue;
      }
      if (matched.isEmpty()) {
        report.ignoredByHibernate(
            OverrideMessages.associationToNothing(attribute, result), holder, override);
        continue;
      }
      if (joinTable) {
        report.unsupported(
            AssociationMessages.unmappedAssociationOverride(attribute), holder, override);
        continue;
      }
      for (int index : matched) {
        MappedColumn column = result.get(index);
        Optional<AnnotationMirror> join = joinFor(column, joins, matched.size(), naming);
        if (join.isEmpty() && !joins.isEmpty()) {
          report.unsupported(
              AssociationMessages.unmappedAssociationOverride(attribute), holder, override);
          break;
        }
        join.ifPresent(j -> result.set(index, overridden(column, j, naming, validation)));
      }
    }
    return result;
  }

  /** The join column for one of the association's columns: the only one, or by reference. */
  private static Optional<AnnotationMirror> joinFor(
      MappedColumn column, List<AnnotationMirror> joins, int columns, JpaNaming naming) {
    if (columns == 1 && joins.size() == 1) {
      return Optional.of(joins.get(0));
    }
    String referenced = column.references().get().column();
    return joins.stream()
        .filter(
            j ->
                naming
                    .physical(AnnotationMirrors.string(j, "referencedColumnName", ""))
                    .equalsIgnoreCase(referenced))
        .findFirst();
  }

  private static MappedColumn overridden(
      MappedColumn column, AnnotationMirror join, JpaNaming naming, BeanValidation validation) {
    boolean required =
        !ToOneColumns.optional(column.field()) || validation.shape(column.field()).notNull();
    return new MappedColumn(
        column.field(),
        naming.physical(AnnotationMirrors.string(join, "name", ""), column.name()),
        // the override's columnDefinition types the column, as Hibernate writes it
        BasicTypes.referring(Optional.of(join), column.sqlType()),
        column.category(),
        !column.id() && !required && AnnotationMirrors.bool(join, "nullable", true),
        column.id(),
        column.identity(),
        column.renamedFrom(),
        column.references(),
        column.table(),
        Optional.empty(),
        column.validated(),
        column.embeddings());
  }

  /** {@code @AssociationOverride}, or the several of {@code @AssociationOverrides}. */
  static List<AnnotationMirror> declaredOn(Element holder) {
    List<AnnotationMirror> overrides = new ArrayList<>();
    JpaAnnotations.find(holder, "AssociationOverride").ifPresent(overrides::add);
    JpaAnnotations.find(holder, "AssociationOverrides")
        .ifPresent(
            container -> overrides.addAll(AnnotationMirrors.annotations(container, "value")));
    return overrides;
  }
}
