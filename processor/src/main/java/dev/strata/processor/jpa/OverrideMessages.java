package dev.strata.processor.jpa;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What Strata says of an {@code @AttributeOverride} or {@code @AssociationOverride} that Hibernate
 * ignores: Strata ignores it too, so that the tables stay Hibernate's, and says how to write the
 * override its author meant.
 */
final class OverrideMessages {

  /** The paths a message lists at most, so that a wide embeddable does not flood the build. */
  private static final int LISTED = 8;

  private OverrideMessages() {}

  /**
   * An {@code @AttributeOverride} naming an attribute of an embeddable nested in the one it
   * overrides, by its own name, which Hibernate ignores.
   *
   * @param column the column's name, which it keeps
   * @param path Hibernate's path to the attribute, {@code geo.lat}
   */
  static String nestedAttributeOverride(String attribute, String column, String path) {
    return "Hibernate 7 ignores the @AttributeOverride of "
        + attribute
        + ": it names no attribute of the embeddable or mapped superclass but one nested in it, so"
        + " the column keeps its name "
        + column
        + ", in Strata's tables as in Hibernate's; to rename it, name its path: @AttributeOverride(name"
        + " = \""
        + path
        + "\")";
  }

  /**
   * An {@code @AssociationOverride} naming an association of an embeddable nested in the one it
   * overrides, by its own name, which Hibernate ignores.
   *
   * @param path Hibernate's path to the association, {@code inner.person}
   */
  static String nestedAssociationOverride(String association, String path) {
    return "Hibernate 7 ignores the @AssociationOverride of "
        + association
        + ": it names no association of the embeddable or mapped superclass but one nested in it,"
        + " so its join columns keep their names, in Strata's tables as in Hibernate's; to rename"
        + " them, name its path: @AssociationOverride(name = \""
        + path
        + "\")";
  }

  static String ignoredMapOverride(String name, boolean embeddableKey, boolean embeddableValue) {
    String ways =
        (embeddableKey
                ? "key.<path> for a column of the key"
                : "@MapKeyColumn for the key's column")
            + ", "
            + (embeddableValue
                ? "value.<path> for a column of the value"
                : "@Column for the value's column");
    return "Hibernate 7 ignores the @AttributeOverride of "
        + name
        + " on a Map: it names no column of the map's embeddable key (key.<path>) or value"
        + " (value.<path>), so the columns keep their names, in Strata's tables as in Hibernate's;"
        + " to rename one, use "
        + ways;
  }

  /**
   * An {@code @AttributeOverride} whose path leads to no basic attribute of what it overrides.
   *
   * @param columns the columns of what it overrides, each with its path from there
   * @param prefix {@code key.} or {@code value.} for a map's embeddable key or value, else empty
   */
  static String attributeToNothing(String name, List<MappedColumn> columns, String prefix) {
    return "Hibernate 7 ignores the @AttributeOverride of "
        + name
        + ": it names no basic attribute here, so no column is renamed, in Strata's tables as in"
        + " Hibernate's; name one by its path, "
        + paths(columns.stream().filter(c -> c.references().isEmpty()), prefix);
  }

  /** An {@code @AttributeOverride} of a {@code @ManyToOne} or {@code @OneToOne}. */
  static String attributeOfAssociation(String name, String joinColumn) {
    return "Hibernate 7 ignores the @AttributeOverride of "
        + name
        + ": it is an association, whose join column keeps its name "
        + joinColumn
        + ", in Strata's tables as in Hibernate's; to rename it, use @AssociationOverride(name = \""
        + name
        + "\", joinColumns = @JoinColumn(name = ...))";
  }

  /**
   * An {@code @AssociationOverride} whose path leads to no {@code @ManyToOne} or {@code OneToOne}
   * of what it overrides (a basic attribute's among them).
   */
  static String associationToNothing(String name, List<MappedColumn> columns) {
    boolean basic = columns.stream().anyMatch(c -> c.path().equals(name));
    return "Hibernate 7 ignores the @AssociationOverride of "
        + name
        + ": it names no @ManyToOne or @OneToOne here, so no join column is renamed, in Strata's"
        + " tables as in Hibernate's; "
        + (basic
            ? "to rename the column of a basic attribute, use @AttributeOverride(name = \""
                + name
                + "\", column = @Column(name = ...))"
            : "name an association by its path, "
                + paths(columns.stream().filter(c -> c.references().isPresent()), ""));
  }

  private static String paths(Stream<MappedColumn> columns, String prefix) {
    List<String> paths = columns.map(c -> prefix + c.path()).distinct().toList();
    if (paths.isEmpty()) {
      return "though it has none";
    }
    String listed = paths.stream().limit(LISTED).collect(Collectors.joining(", "));
    return "one of: " + listed + (paths.size() > LISTED ? ", ..." : "");
  }
}
