package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Applies {@code @AttributeOverride}s as Hibernate does: on an {@code @Embedded} field they remap
 * the embeddable's attributes, on an entity its own and those it inherits from mapped superclasses
 * (over a field's own overrides); the override's {@code @Column} replaces the whole column
 * definition (what it does not say takes JPA's default, not the overridden column's). An override
 * names an attribute by its path from the class it overrides: {@code lat} for one of its own,
 * {@code position.lat} for one of an embeddable nested in it, and an outer override wins over an
 * inner one of the same column. An override Hibernate ignores (of a nested attribute by its own
 * name alone, of an association, of a path to nothing) is ignored too, with a warning.
 */
final class AttributeOverrides {

  private AttributeOverrides() {}

  /**
   * @param columns the columns of the class the overrides remap, each with its path from there
   * @param remap the column of an overridden one mapped with another {@code @Column} annotation
   */
  static List<MappedColumn> apply(
      List<MappedColumn> columns,
      Element holder,
      BiFunction<MappedColumn, Optional<AnnotationMirror>, Optional<MappedColumn>> remap,
      MappingReport report) {
    return apply(columns, holder, "", remap, report);
  }

  /**
   * The overrides whose names start with {@code prefix} ({@code key.} or {@code value.} for a map's
   * embeddable key or value), applied by the path after it.
   */
  static List<MappedColumn> apply(
      List<MappedColumn> columns,
      Element holder,
      String prefix,
      BiFunction<MappedColumn, Optional<AnnotationMirror>, Optional<MappedColumn>> remap,
      MappingReport report) {
    List<MappedColumn> result = new ArrayList<>(columns);
    for (AnnotationMirror override : declaredOn(holder)) {
      String name = AnnotationMirrors.string(override, "name", "");
      if (!name.startsWith(prefix)) {
        continue;
      }
      String attribute = name.substring(prefix.length());
      if (CollectionAttribute.inside(holder, attribute)) {
        continue; // a collection of the embeddable: AssociationMapper applies it to its table
      }
      Optional<AnnotationMirror> column =
          AnnotationMirrors.value(override, "column").map(v -> (AnnotationMirror) v.getValue());
      int index = indexOf(result, attribute);
      // what an override that names nothing here meant, looked for only then
      Optional<MappedColumn> nested =
          index >= 0
              ? Optional.empty()
              : result.stream().filter(c -> namesNested(attribute, c)).findFirst();
      if (nested.isPresent()) {
        report.ignoredByHibernate(
            OverrideMessages.nestedAttributeOverride(
                name, nested.get().name(), prefix + nested.get().path()),
            holder,
            override);
        continue;
      }
      Optional<String> refused =
          index >= 0 ? Optional.empty() : InheritedOverrides.refusal(holder, name);
      if (refused.isPresent()) {
        report.unsupported(refused.get(), holder, override);
        continue;
      }
      if (index < 0) {
        report.ignoredByHibernate(
            OverrideMessages.attributeToNothing(name, result, prefix), holder, override);
        continue;
      }
      if (result.get(index).references().isPresent()) {
        report.ignoredByHibernate(
            OverrideMessages.attributeOfAssociation(name, result.get(index).name()),
            holder,
            override);
        continue;
      }
      remap.apply(result.get(index), column).ifPresent(replaced -> result.set(index, replaced));
    }
    return result;
  }

  /**
   * The overrides of the key columns among {@code keyColumns}, the others ignored: the mapping of
   * all the entity's columns, which every entity gets, reports those that override nothing.
   */
  static List<MappedColumn> applyToKey(
      List<MappedColumn> keyColumns,
      Element holder,
      BiFunction<MappedColumn, Optional<AnnotationMirror>, Optional<MappedColumn>> remap) {
    List<MappedColumn> result = new ArrayList<>(keyColumns);
    for (AnnotationMirror override : declaredOn(holder)) {
      int index = indexOf(result, AnnotationMirrors.string(override, "name", ""));
      if (index >= 0 && result.get(index).references().isEmpty()) {
        remap
            .apply(
                result.get(index),
                AnnotationMirrors.value(override, "column")
                    .map(v -> (AnnotationMirror) v.getValue()))
            .ifPresent(replaced -> result.set(index, replaced));
      }
    }
    return result;
  }

  /**
   * Whether {@code attribute} is the end of {@code column}'s longer path: an override that meant an
   * attribute of a nested embeddable, naming it without the path Hibernate needs.
   */
  static boolean namesNested(String attribute, MappedColumn column) {
    return column.path().endsWith("." + attribute);
  }

  /** The column of the attribute at that path, or -1. */
  private static int indexOf(List<MappedColumn> columns, String path) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).path().equals(path)) {
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
