package org.example.warehouseevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalTime;

@Entity
@RenamedFrom("Dock")
public class LoadingBay {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  Long id;

  int number;

  LocalTime opensAt;
}
