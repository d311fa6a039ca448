package org.example.overrides;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
@AssociationOverride(
    name = "owner",
    joinColumns = @JoinColumn(name = "holder_id", nullable = false))
public class Car extends Owned {
  @Id private Long id;
}
