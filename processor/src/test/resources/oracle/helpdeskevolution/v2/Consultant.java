package org.example.helpdeskevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
@RenamedFrom("Contractor")
public class Consultant extends Person {
  String agency;

  LocalDate contractEnd;
}
