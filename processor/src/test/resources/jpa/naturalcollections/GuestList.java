package org.example.naturalcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;
import org.hibernate.annotations.NaturalId;

/** A natural id of a @OneToMany(mappedBy), whose rows are the other table's. */
@Entity
public class GuestList {
  @Id Long id;

  @NaturalId
  @OneToMany(mappedBy = "list")
  List<Guest> guests;
}
