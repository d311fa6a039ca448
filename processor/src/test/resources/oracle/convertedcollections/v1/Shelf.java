package org.example.convertedcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Set;

/** Values under @Enumerated, of an enum SizeCode converts. */
@Entity
public class Shelf {
  @Id Long id;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  Set<Size> sizes;
}
