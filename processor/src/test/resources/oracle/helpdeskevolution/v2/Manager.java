package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Manager extends Employee {
  int directReports;

  @Column(length = 40)
  String office;
}
