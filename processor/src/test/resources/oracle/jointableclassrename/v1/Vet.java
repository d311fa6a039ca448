package org.example.jointableclassrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Vet {
  @Id private Long id;

  @ManyToMany private Set<Specialty> specialties;
}
