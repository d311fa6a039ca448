package org.example.collections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

/** An entity whose embeddables, embedded and in a collection, know it through {@code @Parent}. */
@Entity
public class Team {
  @Id private Integer id;

  private Badge badge;

  @ElementCollection private Set<Badge> formerBadges;
}
