package org.example.serialized;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import java.io.File;
import java.io.Serializable;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The serializable values Hibernate 7 has no Java type for, which it stores as Java serialization
 * writes them: a {@code varbinary(255)} ({@code bytea} on PostgreSQL), of {@code @Column(length)},
 * or a {@code @Lob}'s {@code blob}; a {@code URL} is text, Hibernate's own type.
 */
@Entity
public class Trip {
  @Id private Long id;

  private URI link;

  @Column(length = 40)
  private URI shortLink;

  private URL page;

  private Route route;

  @Column(length = 1000, nullable = false)
  private Route detour;

  @Lob private Route archived;

  private Waypoint start;

  private Tagged tag;

  private Serializable extra;

  private File attachment;

  private BitSet days;

  private ArrayList<String> stops;

  private HashMap<String, String> labels;

  @ElementCollection private Set<URI> mirrors;

  @ElementCollection private Map<Route, String> notesByRoute;
}
