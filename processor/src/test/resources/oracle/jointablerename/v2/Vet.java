package org.example.jointablerename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/** Version 2 renames the table, and with it the join table named after it. */
@Entity
@Table(name = "veterinarians")
@RenamedFrom("vets")
public class Vet {
  @Id private Long id;

  @ManyToMany private Set<Specialty> specialties;
}
