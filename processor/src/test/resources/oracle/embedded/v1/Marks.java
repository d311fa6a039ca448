package org.example.embedded;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;

/** A nested embedding's collection: its patterns go inside the outer ones ({@code a_geo_mark}). */
@Embeddable
public class Marks {
  private String origin;

  @ElementCollection
  @MapKeyColumn(name = "mark")
  private Map<String, Integer> grades;
}
