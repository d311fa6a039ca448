package org.example.renamedtarget;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Staff renamed, its name widened and an email added, which its downgrade narrows and drops. */
@Entity
@RenamedFrom("Staff")
public class StaffMember {
  @Id Long id;

  @Column(length = 100)
  String name;

  String email;
}
