package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.JoinColumnOrFormula;
import org.hibernate.annotations.JoinFormula;

/** Associations joined by a formula, which Hibernate gives no column of its own. */
@Entity
public class FormulaCity {
  @Id private Long id;

  private Long capitalId;

  @ManyToOne
  @JoinFormula("capitalId")
  private FormulaCity capital;

  @ManyToOne
  @JoinColumnOrFormula(column = @JoinColumn(name = "twinCityId"))
  private FormulaCity twin;
}
