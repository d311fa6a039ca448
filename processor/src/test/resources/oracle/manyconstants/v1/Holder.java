package org.example.manyconstants;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.Set;

@Entity
public class Holder {
  @Id private Long id;

  private Many many;

  private Edge edge;

  @ElementCollection private Set<Many> manies;

  @ElementCollection private Map<Many, Edge> byMany;
}
