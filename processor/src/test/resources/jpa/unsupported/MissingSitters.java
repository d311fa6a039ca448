package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Set;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

/** {@code @NotFound} on a one-to-many, on which Hibernate refuses to start. */
@Entity
public class MissingSitters {
  @Id private Long id;

  @OneToMany
  @NotFound(action = NotFoundAction.IGNORE)
  private Set<MissingSitters> sitters;
}
