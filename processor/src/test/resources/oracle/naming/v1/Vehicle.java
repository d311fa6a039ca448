package org.example.naming;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Vehicle {
  @Id
  @Column(name = "vehicleId")
  private Long id;

  @Column(name = "modelName")
  private String modelName;
}
