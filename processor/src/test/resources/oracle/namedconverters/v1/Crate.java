package org.example.namedconverters;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.util.Date;
import java.util.List;

/** Collections whose values @Temporal and @Enumerated map, where Hibernate ignores the @Convert. */
@Entity
public class Crate {
  @Id Long id;

  @ElementCollection
  @Temporal(TemporalType.DATE)
  @Convert(converter = DateText.class)
  List<Date> days;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @Convert(converter = SizeCode.class)
  List<Size> sizes;
}
