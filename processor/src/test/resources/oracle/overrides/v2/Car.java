package org.example.overrides;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AssociationOverrides;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
@AssociationOverrides({
  @AssociationOverride(
      name = "owner",
      joinColumns = @JoinColumn(name = "holder_id", nullable = false)),
  @AssociationOverride(name = "backup", joinColumns = @JoinColumn(name = "reserve_id"))
})
public class Car extends Owned {
  @Id private Long id;
}
