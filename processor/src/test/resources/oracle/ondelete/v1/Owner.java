package org.example.ondelete;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * {@code @OnDelete} on each kind of collection: the inverse side of a one-to-many (the pets' key to
 * their owner), a unidirectional one-to-many (the key it puts in the toys' table), an element
 * collection and both sides of a many-to-many (the keys of their tables to the owner).
 */
@Entity
public class Owner {
  @Id private Long id;

  @OneToMany(mappedBy = "owner")
  @OnDelete(action = OnDeleteAction.CASCADE)
  private List<Pet> pets;

  @OneToMany
  @JoinColumn(name = "keeper_id")
  @OnDelete(action = OnDeleteAction.CASCADE)
  private List<Toy> toys;

  @ElementCollection
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<String> nicknames;

  @ManyToMany
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<Toy> favourites;

  @ManyToMany(mappedBy = "fans")
  @OnDelete(action = OnDeleteAction.CASCADE)
  private Set<Club> clubs;
}
