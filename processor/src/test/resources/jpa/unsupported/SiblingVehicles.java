package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Two sibling classes of one single table mapping its column vin with two lengths. */
@Entity
public class SiblingVehicles {
  @Id private Long id;
}

@Entity
class SiblingCar extends SiblingVehicles {
  @Column(length = 17) private String vin;
}

@Entity
class SiblingTruck extends SiblingVehicles {
  @Column(length = 20) private String vin;
}
