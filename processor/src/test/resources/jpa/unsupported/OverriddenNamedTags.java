package com.example.unsupported;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import java.util.Set;

/** A collection table named by the element collection and by the embedding's override. */
@Entity
public class OverriddenNamedTags {
  @Id private Long id;

  @AssociationOverride(name = "tags", joinTable = @JoinTable(name = "route_tags"))
  @Embedded
  private Route route;

  @Embeddable
  public static class Route {
    @ElementCollection
    @CollectionTable(name = "tags")
    private Set<String> tags;
  }
}
