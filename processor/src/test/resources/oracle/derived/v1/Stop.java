package org.example.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Stop {
  @Id private Long id;

  @ManyToMany private Set<Shipment> shipments;
}
