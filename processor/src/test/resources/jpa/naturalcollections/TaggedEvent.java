package org.example.naturalcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** A natural id of an element collection, whose values are in a collection table. */
@Entity
public class TaggedEvent {
  @Id Long id;

  @NaturalId @ElementCollection Set<String> tags;
}
