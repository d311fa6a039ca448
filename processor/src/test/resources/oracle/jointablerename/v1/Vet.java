package org.example.jointablerename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

@Entity
@Table(name = "vets")
public class Vet {
  @Id private Long id;

  @ManyToMany private Set<Specialty> specialties;
}
