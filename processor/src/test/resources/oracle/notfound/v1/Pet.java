package org.example.notfound;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

/**
 * Associations whose target rows may be missing ({@code @NotFound}, either action): Hibernate
 * writes no foreign key to the target, so that a row referring to a deleted owner can be stored.
 */
@Entity
public class Pet {
  @Id private Long id;

  @ManyToOne
  @NotFound(action = NotFoundAction.EXCEPTION)
  private Owner owner;

  @OneToOne
  @JoinColumn(name = "keeperId")
  @NotFound(action = NotFoundAction.IGNORE)
  private Owner keeper;

  @ManyToOne private Owner breeder;

  @ManyToMany
  @NotFound(action = NotFoundAction.IGNORE)
  private Set<Owner> friends;

  @ManyToMany
  @JoinTable(name = "PetVisitors")
  @NotFound(action = NotFoundAction.IGNORE)
  private List<Owner> visitors;
}
