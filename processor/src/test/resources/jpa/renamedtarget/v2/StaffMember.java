package org.example.renamedtarget;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
@RenamedFrom("Staff")
public class StaffMember {
  @Id Long id;

  String name;
}
