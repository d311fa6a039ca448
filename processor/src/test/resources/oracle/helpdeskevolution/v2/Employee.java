package org.example.helpdeskevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import java.math.BigDecimal;
import org.hibernate.annotations.ColumnDefault;

@Entity
@SecondaryTable(name = "employee_payroll")
public class Employee extends Person {
  @Column(length = 20)
  @RenamedFrom("badge")
  String badgeNumber;

  Grade grade;

  @Column(nullable = false)
  @ColumnDefault("40")
  int weeklyHours;

  @Column(table = "employee_payroll", precision = 10, scale = 2)
  BigDecimal salary;

  @Column(table = "employee_payroll", length = 34)
  @RenamedFrom("iban")
  String accountNumber;

  @Column(table = "employee_payroll", length = 3, nullable = false)
  @ColumnDefault("'EUR'")
  String currency;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "dept_company", referencedColumnName = "company"),
    @JoinColumn(name = "dept_code", referencedColumnName = "code")
  })
  Department department;
}
