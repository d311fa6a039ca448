package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@IdClass(DepartmentKey.class)
@Table(
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_department_title",
            columnNames = {"company", "title"}))
public class Department {
  @Id
  @Column(length = 8)
  String company;

  @Id
  @Column(length = 20)
  String code;

  @Column(nullable = false, length = 80)
  String title;
}
