package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import java.math.BigDecimal;
import java.util.List;

@Entity
@SecondaryTable(name = "employee_payroll")
public class Employee extends Person {
  @Column(length = 20)
  String badge;

  Grade grade;

  @Column(table = "employee_payroll", precision = 10, scale = 2)
  BigDecimal salary;

  @Column(table = "employee_payroll", length = 34)
  String iban;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "dept_company", referencedColumnName = "company"),
    @JoinColumn(name = "dept_code", referencedColumnName = "code")
  })
  Department department;

  @ElementCollection @OrderColumn List<Skill> skills;
}
