package org.example.overrides;

import dev.strata.RenamedFrom;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class Owned {
  @ManyToOne private Owner owner;

  @ManyToOne
  @RenamedFrom("backup_id")
  private Owner backup;

  @ManyToOne private Owner spare;
}
