package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;

/** A collection inside the embeddable values of an element collection. */
@Entity
public class StopCodes {
  @Id private Long id;

  @ElementCollection private Set<Stop> stops;

  @Embeddable
  public static class Stop {
    private String name;

    @ElementCollection private Set<String> codes;
  }
}
