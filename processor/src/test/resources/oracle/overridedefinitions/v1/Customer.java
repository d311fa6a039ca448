package org.example.overridedefinitions;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

/** Its home's country referred to by home_country, a varchar(40) as the override defines it. */
@Entity
public class Customer {
  @Id Long id;

  @Embedded
  @AssociationOverride(
      name = "country",
      joinColumns = @JoinColumn(name = "home_country", columnDefinition = "varchar(40)"))
  Address home;
}
