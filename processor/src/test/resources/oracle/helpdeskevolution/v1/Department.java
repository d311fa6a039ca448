package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(DepartmentKey.class)
public class Department {
  @Id
  @Column(length = 8)
  String company;

  @Id
  @Column(length = 10)
  String code;

  @Column(nullable = false, length = 80)
  String title;
}
