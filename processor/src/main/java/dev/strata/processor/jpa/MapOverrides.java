package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The {@code @AttributeOverride}s of a map, as Hibernate 7 reads them: one named {@code key.zip}
 * remaps a column of an embeddable key, one named {@code value.zip} a column of an embeddable
 * value; any other (a plain {@code zip}, {@code key} or {@code value} alone, a prefix before a
 * basic, entity or {@code @MapKey} key or a basic value) names nothing to Hibernate, which ignores
 * it and leaves the column its name.
 */
final class MapOverrides {

  static final String KEY = "key.";
  static final String VALUE = "value.";

  private MapOverrides() {}

  /** Warns of each override on {@code map} that Hibernate ignores. */
  static void reportIgnored(VariableElement map, MappingReport report) {
    boolean embeddableKey =
        !JpaAnnotations.has(map, "MapKey") && JpaTypes.embeddable(MapKeys.typeArgument(map, 0));
    boolean embeddableValue = JpaTypes.embeddable(MapKeys.typeArgument(map, 1));
    for (AnnotationMirror override : AttributeOverrides.declaredOn(map)) {
      String name = AnnotationMirrors.string(override, "name", "");
      boolean applied =
          (name.startsWith(KEY) && embeddableKey) || (name.startsWith(VALUE) && embeddableValue);
      if (!applied) {
        report.ignoredByHibernate(
            OverrideMessages.ignoredMapOverride(name, embeddableKey, embeddableValue),
            map,
            override);
      }
    }
  }
}
