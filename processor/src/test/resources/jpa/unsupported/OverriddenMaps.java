package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.Set;

/**
 * {@code @AttributeOverride}s on a map's values without the value. prefix, which Hibernate ignores,
 * and on a collection of basic values, which Strata does not apply: a warning and an error rather
 * than columns left as they were silently.
 */
@Entity
public class OverriddenMaps {
  @Id private Long id;

  @ElementCollection
  @AttributeOverride(name = "zip", column = @Column(name = "postcode"))
  private Map<String, Place> places;

  @ElementCollection
  @AttributeOverride(name = "value", column = @Column(name = "label"))
  private Set<String> tags;

  /** A place of a map. */
  @Embeddable
  public static class Place {
    private String zip;
  }
}
