package org.example.jointableclassrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** Version 2 renames the class, and with it the table and the join column named after it. */
@Entity
@RenamedFrom("Vet")
public class Veterinarian {
  @Id private Long id;

  @ManyToMany private Set<Specialty> specialties;
}
