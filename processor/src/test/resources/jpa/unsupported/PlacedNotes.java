package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Map;

/** A map keyed by an embeddable holding an association, whose foreign key Strata does not write. */
@Entity
public class PlacedNotes {
  @Id private Long id;

  @ElementCollection private Map<Place, String> notes;

  /** A place of a country. */
  @Embeddable
  public static class Place {
    private String city;

    @ManyToOne private PlacedNotes country;
  }
}
