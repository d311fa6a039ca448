package org.example.naturalcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;
import org.hibernate.annotations.NaturalId;

/** A natural id of a unidirectional @OneToMany, whose rows are in a join table. */
@Entity
public class Lineup {
  @Id Long id;

  @NaturalId
  @OneToMany
  List<Host> hosts;
}
