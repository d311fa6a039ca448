package org.example.embeddedcollections;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Every kind of collection inside an embeddable, each mapped by Hibernate as if the entity declared
 * it: named after the field alone, not the path.
 */
@Embeddable
public class Schedule {
  private String label;

  @ManyToOne private Port start;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "voyage_id")
  @OrderBy("departure")
  @Size(min = 1)
  private List<Movement> movements;

  @OneToMany @JoinColumn private Set<Berth> berths;

  @OneToMany private List<Crew> crew;

  @OneToMany(mappedBy = "voyage")
  private Set<Cargo> cargo;

  @ManyToMany private Set<Port> calls;

  @ElementCollection private Set<String> tags;

  @ElementCollection @OrderColumn private List<Stop> stops;

  @Embedded private Leg leg;
}
