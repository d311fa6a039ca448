package org.example.genericcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Element collections of basic values whose type each entity extending it chooses. */
@MappedSuperclass
public abstract class Labelled<V> {
  @Id private Long id;

  @ElementCollection private List<V> labels;

  @ElementCollection private Set<V> codes;

  @ElementCollection private Map<String, V> notes;
}
