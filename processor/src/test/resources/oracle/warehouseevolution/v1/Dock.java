package org.example.warehouseevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalTime;

@Entity
public class Dock {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  Long id;

  int number;

  LocalTime opensAt;
}
