package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.IndexDefinition;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The unique constraint Hibernate creates over an entity's natural id: the columns of its
 * {@code @NaturalId} attributes, which Hibernate orders by attribute name.
 */
final class NaturalIds {

  static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";

  private static final List<String> COLLECTIONS =
      List.of("ElementCollection", "OneToMany", "ManyToMany");

  private NaturalIds() {}

  static boolean isNaturalId(Element field) {
    return AnnotationMirrors.has(field, NATURAL_ID);
  }

  /**
   * Whether the field's natural id is one Hibernate starts on: not a collection's (measured on
   * Hibernate 7.2: an {@code @ElementCollection}, {@code @OneToMany} with or without {@code
   * mappedBy} and {@code @ManyToMany} fail its boot in {@code NaturalIdBinder}), reported on the
   * {@code @NaturalId}.
   */
  static boolean supported(Element field, MappingReport report) {
    Optional<AnnotationMirror> naturalId = AnnotationMirrors.find(field, NATURAL_ID);
    Optional<String> collection =
        COLLECTIONS.stream().filter(kind -> JpaAnnotations.has(field, kind)).findFirst();
    if (naturalId.isEmpty() || collection.isEmpty()) {
      return true;
    }
    report.unsupported(
        PlacementMessages.naturalIdCollection("@" + collection.get()), field, naturalId.get());
    return false;
  }

  /** The unique constraint over the natural id among the table's columns, if it has one. */
  static Optional<IndexDefinition> unique(String table, List<MappedColumn> mapped) {
    List<String> columns =
        ReferenceGroups.of(mapped.stream().filter(c -> isNaturalId(c.field())).toList()).stream()
            .sorted(Comparator.comparing(group -> group.get(0).field().getSimpleName().toString()))
            .flatMap(
                group ->
                    group.size() > 1
                        ? ReferenceGroups.uniqueOrder(group).stream()
                        : group.stream().map(MappedColumn::name))
            .toList();
    return columns.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new IndexDefinition(
                TableMapper.constraintName(table, String.join("_", columns), "key"),
                columns,
                true));
  }
}
