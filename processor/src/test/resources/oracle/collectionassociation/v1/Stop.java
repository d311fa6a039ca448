package org.example.collectionassociation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A stop of a route, referring to its country. */
@Embeddable
public class Stop {
  private String name;

  @ManyToOne private Country country;

  @ManyToOne
  @JoinColumn(name = "borderCountryId")
  private Country border;
}
