package com.example.ignored;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
class Vehicle2 {
  @ManyToOne private Fleet fleet;
}

@Entity
@AssociationOverride(name = "depot", joinColumns = @JoinColumn(name = "depot_id"))
public class Fleet extends Vehicle2 {
  @Id private Long id;
}
