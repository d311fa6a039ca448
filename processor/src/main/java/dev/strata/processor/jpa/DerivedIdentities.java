package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Derived identities ({@code @MapsId}), as Hibernate exports them: the foreign key columns of the
 * {@code @ManyToOne} or {@code @OneToOne} become the primary key (or, with {@code @MapsId("attr")},
 * the part of the {@code @EmbeddedId} that attribute maps), and the columns the {@code @Id} or that
 * attribute would have had are not created.
 */
final class DerivedIdentities {

  private DerivedIdentities() {}

  /** The columns of an entity with its {@code @MapsId} associations in their place. */
  static List<MappedColumn> apply(List<MappedColumn> columns, MappingReport report) {
    List<MappedColumn> result = new ArrayList<>(columns);
    for (MappedColumn column : columns) {
      Optional<AnnotationMirror> mapsId = JpaAnnotations.find(column.field(), "MapsId");
      if (mapsId.isEmpty() || column.references().isEmpty() || !result.contains(column)) {
        continue;
      }
      String attribute = AnnotationMirrors.string(mapsId.get(), "value", "");
      List<MappedColumn> replaced =
          result.stream()
              .filter(c -> c.id() && c.references().isEmpty())
              .filter(
                  c -> attribute.isEmpty() || c.field().getSimpleName().contentEquals(attribute))
              .toList();
      if (replaced.isEmpty()) {
        report.unsupported(
            AssociationMessages.unmappedDerivedIdentity(attribute), column.field(), mapsId.get());
        continue;
      }
      result.removeAll(replaced);
      result.replaceAll(c -> c.field() == column.field() ? c.asKey() : c);
    }
    return result;
  }
}
