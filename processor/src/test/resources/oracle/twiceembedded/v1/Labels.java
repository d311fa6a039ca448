package org.example.twiceembedded;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.Set;

@Embeddable
public class Labels {
  private String label;

  @ElementCollection private Set<String> tags;

  @OneToMany
  @JoinColumn(name = "trip_id")
  private Set<Stop> stops;
}
