package org.example.convertedcollections;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyEnumerated;
import java.util.Map;

/** Keys under @MapKeyEnumerated, of an enum SizeCode converts. */
@Entity
public class Rack {
  @Id Long id;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  Map<Size, String> bySize;
}
