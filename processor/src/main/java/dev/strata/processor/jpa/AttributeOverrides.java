package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Applies {@code @AttributeOverride}s as Hibernate does: on an {@code @Embedded} field they remap
 * the embeddable's attributes, on an entity the attributes it inherits from mapped superclasses;
 * the override's {@code @Column} replaces the whole column definition (what it does not say takes
 * JPA's default, not the overridden column's). An override names an attribute of the class itself:
 * one of an embeddable nested in it is ignored under its own name, Hibernate's path for it being
 * {@code geo.lat}. Overrides of nested paths and of associations are reported as unsupported.
 */
final class AttributeOverrides {

  private AttributeOverrides() {}

  /**
   * @param attributesOf the class whose attributes (its own and its superclasses') the overrides
   *     name: the embeddable, or the mapped superclass
   * @param remap the column of a field mapped with another {@code @Column} annotation
   */
  static List<MappedColumn> apply(
      List<MappedColumn> columns,
      TypeElement attributesOf,
      Element holder,
      BiFunction<VariableElement, Optional<AnnotationMirror>, Optional<MappedColumn>> remap,
      MappingReport report) {
    List<MappedColumn> result = new ArrayList<>(columns);
    for (AnnotationMirror override : declaredOn(holder)) {
      String attribute = AnnotationMirrors.string(override, "name", "");
      if (CollectionAttribute.inside(holder, attribute)) {
        continue; // a collection of the embeddable: AssociationMapper applies it to its table
      }
      Optional<AnnotationMirror> column =
          AnnotationMirrors.value(override, "column").map(v -> (AnnotationMirror) v.getValue());
      int index = indexOf(result, attribute, attributesOf);
      int nested = indexOf(result, attribute, null);
      if (index < 0 && nested >= 0) {
        report.ignoredByHibernate(
            JpaMessages.nestedAttributeOverride(
                attribute,
                result.get(nested).name(),
                OverriddenAttributes.nestedPath(attributesOf, result.get(nested).field())),
            holder,
            override);
        continue;
      }
      if (index < 0 || result.get(index).references().isPresent()) {
        report.unsupported(
            JpaMessages.unsupported(
                "an @AttributeOverride of "
                    + attribute
                    + ", not a basic"
                    + " attribute of the embeddable or mapped superclass"),
            holder,
            override);
        continue;
      }
      remap
          .apply(result.get(index).field(), column)
          .ifPresent(replaced -> result.set(index, replaced));
    }
    return result;
  }

  /**
   * The overrides of the key columns among {@code keyColumns}, the others ignored: the mapping of
   * all the entity's columns, which every entity gets, reports those that override nothing.
   */
  static List<MappedColumn> applyToKey(
      List<MappedColumn> keyColumns,
      TypeElement attributesOf,
      Element holder,
      BiFunction<VariableElement, Optional<AnnotationMirror>, Optional<MappedColumn>> remap) {
    List<MappedColumn> result = new ArrayList<>(keyColumns);
    for (AnnotationMirror override : declaredOn(holder)) {
      int index = indexOf(result, AnnotationMirrors.string(override, "name", ""), attributesOf);
      if (index >= 0 && result.get(index).references().isEmpty()) {
        remap
            .apply(
                result.get(index).field(),
                AnnotationMirrors.value(override, "column")
                    .map(v -> (AnnotationMirror) v.getValue()))
            .ifPresent(replaced -> result.set(index, replaced));
      }
    }
    return result;
  }

  /**
   * The column of the attribute of that name that {@code attributesOf} or a class above it declares
   * (any class, for null), or -1.
   */
  private static int indexOf(
      List<MappedColumn> columns, String attribute, TypeElement attributesOf) {
    for (int i = 0; i < columns.size(); i++) {
      VariableElement field = columns.get(i).field();
      if (field.getSimpleName().contentEquals(attribute)
          && (attributesOf == null || OverriddenAttributes.declaredIn(attributesOf, field))) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code @AttributeOverride} the holder declares, to point a message at. */
  static Optional<AnnotationMirror> first(Element holder) {
    return declaredOn(holder).stream().findFirst();
  }

  /** {@code @AttributeOverride}, or the several of {@code @AttributeOverrides}. */
  static List<AnnotationMirror> declaredOn(Element holder) {
    List<AnnotationMirror> overrides = new ArrayList<>();
    JpaAnnotations.find(holder, "AttributeOverride").ifPresent(overrides::add);
    JpaAnnotations.find(holder, "AttributeOverrides")
        .ifPresent(
            container -> overrides.addAll(AnnotationMirrors.annotations(container, "value")));
    return overrides;
  }
}
