package org.example.naming;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

@Entity
@AssociationOverride(name = "keeper", joinColumns = @JoinColumn(name = "keeperRef"))
public class Kennel extends Kept {
  @Id
  @Column(name = "kennelId")
  private Long id;
}
