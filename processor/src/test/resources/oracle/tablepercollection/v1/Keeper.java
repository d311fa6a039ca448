package org.example.tablepercollection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Keeper {
  @Id private Long id;

  @ManyToMany private Set<Animal> animals;

  @OneToMany private List<Vehicle> vehicles;

  @ManyToMany private Set<Car> cars;

  @ElementCollection private Map<Animal, String> nicknames;
}
