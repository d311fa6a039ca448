package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * Which overrides of a collection inside an embeddable Strata realises as Hibernate's export does,
 * on the embedding field: an {@code @AssociationOverride} whose {@code joinTable} declares a join
 * table (in place of the field's own {@code @JoinTable}, as a whole) or a collection table, one
 * whose single join column renames a {@code @OneToMany @JoinColumn}'s column, and an
 * {@code @AttributeOverride} whose {@code @Column} replaces that of a collection of basic values.
 * The others are reported on the override: those Hibernate ignores (join columns for a collection
 * with a table, the table of an element collection whose {@code @CollectionTable} names it) or
 * refuses (on a {@code mappedBy} side), and those whose effect Strata does not follow.
 */
final class EmbeddedCollections {

  private EmbeddedCollections() {}

  /** Whether the attribute's overrides are ones Strata realises; reports any other. */
  static boolean overridesSupported(CollectionAttribute attribute, MappingReport report) {
    Optional<String> problem =
        attribute.associationOverride().flatMap(o -> associationProblem(attribute, o));
    if (problem.isPresent()) {
      CollectionAttribute.Overriding override = attribute.associationOverride().get();
      report.unsupported(
          AssociationMessages.embeddedCollectionOverride(
              "@AssociationOverride", attribute, problem.get()),
          override.on(),
          override.annotation());
      return false;
    }
    VariableElement field = attribute.field();
    if (attribute.attributeOverride().isPresent()
        && (!JpaAnnotations.has(field, "ElementCollection")
            || MapKeys.isMap(field)
            || !CollectionTables.basicValues(field))) {
      CollectionAttribute.Overriding override = attribute.attributeOverride().get();
      report.unsupported(
          AssociationMessages.embeddedCollectionOverride(
              "@AttributeOverride",
              attribute,
              "not a Set, List or Collection of basic values, whose one column it renames"),
          override.on(),
          override.annotation());
      return false;
    }
    return true;
  }

  /**
   * Why Strata does not realise an {@code @AssociationOverride} of the collection, if it does not.
   */
  private static Optional<String> associationProblem(
      CollectionAttribute attribute, CollectionAttribute.Overriding override) {
    VariableElement field = attribute.field();
    boolean joinTable = AnnotationMirrors.value(override.annotation(), "joinTable").isPresent();
    int joins = AnnotationMirrors.annotations(override.annotation(), "joinColumns").size();
    if (!AssociationMapper.mappedBy(field).isEmpty()) {
      return Optional.of("the inverse (mappedBy) side, on which Hibernate refuses to start");
    }
    if (JpaAnnotations.has(field, "OneToMany") && JpaAnnotations.has(field, "JoinColumn")) {
      return joinTable || joins != 1
          ? Optional.of(
              "a @OneToMany @JoinColumn, whose one column only a single joinColumns entry renames")
          : Optional.empty();
    }
    if (!joinTable) {
      return Optional.of(
          "a collection with a table of its own, whose joinColumns Hibernate ignores outside"
              + " joinTable = @JoinTable(joinColumns = ...)");
    }
    if (JpaAnnotations.has(field, "ElementCollection")
        && JpaAnnotations.has(field, "CollectionTable")) {
      return Optional.of(
          "an element collection whose field names its table itself (@CollectionTable), which"
              + " Hibernate keeps, ignoring the override");
    }
    return Optional.empty();
  }

  /**
   * The tables and foreign columns the collections of one entity have claimed, so that one
   * embeddable embedded twice, whose collection Hibernate maps twice onto one table or column, is
   * reported on the second embedding rather than recorded as one table fed by both.
   */
  static final class Shared {

    private final Map<String, CollectionAttribute> claimed = new HashMap<>();

    /** Whether the attribute's table or column is its own; reports it on the embedding if not. */
    boolean claim(
        CollectionAttribute attribute,
        String entityTable,
        List<AssociationMapper.ForeignColumn> columns,
        List<JoinTables.Declared> tables,
        MappingReport report) {
      List<String> names = new ArrayList<>();
      tables.forEach(t -> names.add(t.table().name()));
      columns.forEach(c -> names.add(c.table() + "." + c.column().name()));
      for (String name : names) {
        CollectionAttribute first = claimed.get(name.toLowerCase(Locale.ROOT));
        if (first != null && first.field().equals(attribute.field())) {
          report.unsupported(
              AssociationMessages.embeddedCollectionShared(first, attribute, name, entityTable),
              attribute.embeddings().get(0),
              null);
          return false;
        }
      }
      names.forEach(name -> claimed.putIfAbsent(name.toLowerCase(Locale.ROOT), attribute));
      return true;
    }
  }
}
