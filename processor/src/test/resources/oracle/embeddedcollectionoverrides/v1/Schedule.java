package org.example.embeddedcollectionoverrides;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

@Embeddable
public class Schedule {
  @ManyToMany
  @JoinTable(name = "scheduled_calls", joinColumns = @JoinColumn(name = "schedule_voyage"))
  private Set<Port> calls;

  @OneToMany
  @JoinColumn(name = "voyage_id")
  private List<Movement> movements;

  @ElementCollection private Set<String> tags;

  @AssociationOverride(name = "days", joinTable = @JoinTable(name = "leg_days"))
  @Embedded
  private Leg leg;
}
