package dev.strata.processor.jpa;

import javax.lang.model.element.Element;

/**
 * The texts about an annotation Hibernate refuses to start on where it is placed: a natural id on a
 * collection, a version in an embeddable.
 */
final class PlacementMessages {

  private PlacementMessages() {}

  /** A {@code @Version} field of an embeddable, which Hibernate refuses. */
  static String versionInEmbeddable(Element field) {
    return "@Version on field "
        + field.getSimpleName()
        + " of embeddable "
        + field.getEnclosingElement().getSimpleName()
        + ": Hibernate refuses to start on it; move"
        + " the version to the entity or a mapped superclass above it";
  }

  /** A {@code @NaturalId} on a collection of {@code kind} ({@code @ElementCollection}). */
  static String naturalIdCollection(String kind) {
    return "@NaturalId on a collection ("
        + kind
        + "): Hibernate 7 refuses to start on it, as the"
        + " natural id's unique constraint is over columns of the entity's table, which a collection"
        + " has none of; keep @NaturalId on the basic, embedded or to-one fields that identify it";
  }
}
