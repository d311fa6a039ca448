package org.example.maps;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Buyer {
  @Id private Long id;

  @RenamedFrom("name")
  private String fullName;
}
