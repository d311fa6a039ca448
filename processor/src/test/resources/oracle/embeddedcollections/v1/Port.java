package org.example.embeddedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** The inverse side of a many-to-many inside an embeddable, mapped by its path. */
@Entity
public class Port {
  @Id private Long id;

  @ManyToMany(mappedBy = "schedule.calls")
  private Set<Voyage> voyages;
}
