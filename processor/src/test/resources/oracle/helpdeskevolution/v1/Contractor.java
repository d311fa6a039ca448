package org.example.helpdeskevolution;

import jakarta.persistence.Entity;
import java.time.LocalDate;

@Entity
public class Contractor extends Person {
  String agency;

  LocalDate contractEnd;
}
