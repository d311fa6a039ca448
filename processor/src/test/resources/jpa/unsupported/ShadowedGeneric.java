package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.GenericGenerator;

/** A @GenericGenerator that Hibernate ignores for the JPA generator of its name. */
@Entity
@SequenceGenerator(name = "shadowed_numbers", sequenceName = "shadowed_seq")
public class ShadowedGeneric {
  @Id
  @GeneratedValue(generator = "shadowed_numbers")
  @GenericGenerator(name = "shadowed_numbers", strategy = "identity")
  private Long id;
}
