package org.example.snakecaserename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;

@Entity
@RenamedFrom("StaffMember")
public class Employee extends Person {
  @RenamedFrom("badgeCode")
  String badgeNumber;
}
