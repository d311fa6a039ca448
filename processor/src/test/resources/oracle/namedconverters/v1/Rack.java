package org.example.namedconverters;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** An enum under @Enumerated with a converter @Convert names: Hibernate refuses to start. */
@Entity
public class Rack {
  @Id Long id;

  @Enumerated(EnumType.STRING)
  @Convert(converter = SizeCode.class)
  Size size;
}
