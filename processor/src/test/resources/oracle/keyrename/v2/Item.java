package org.example.keyrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** The key column renamed: code now, id before. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Item {
  @Id
  @RenamedFrom("id")
  Long code;

  String label;
}
