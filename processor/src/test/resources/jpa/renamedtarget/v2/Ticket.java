package org.example.renamedtarget;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Its keys to Staff, renamed StaffMember, held over the rows already. */
@Entity
public class Ticket {
  @Id Long id;

  @ManyToOne StaffMember assignee;

  @ManyToOne
  @RenamedFrom("helper")
  StaffMember reviewer;
}
