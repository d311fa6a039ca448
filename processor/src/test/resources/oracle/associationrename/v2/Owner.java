package org.example.associationrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Owner {
  @RenamedFrom("ownerKey")
  @Id
  Long accountKey;
}
