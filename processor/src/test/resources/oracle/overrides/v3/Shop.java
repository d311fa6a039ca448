package org.example.overrides;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
public class Shop {
  @Id private Long id;

  @Embedded
  @AssociationOverride(
      name = "person",
      joinColumns = @JoinColumn(name = "manager_id", nullable = false))
  private Contact manager;
}
