package org.example.singletablechecks;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

@Entity
public class Savings extends Account {

  @Column(name = "termMonths")
  int termMonths;

  // declared after termMonths, checked before it: Hibernate reads the fields by name
  double annualYield;

  @Embedded Rate rate;
}
