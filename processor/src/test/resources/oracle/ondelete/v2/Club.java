package org.example.ondelete;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** The owning side of a many-to-many whose inverse side gives its key to the owner a rule. */
@Entity
public class Club {
  @Id private Long id;

  @ManyToMany private Set<Owner> fans;
}
