package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.DiscriminatorFormula;

/**
 * A hierarchy whose class Hibernate reads from a formula: it writes no discriminator column, and
 * its subclasses' checks test the formula.
 */
@Entity
@DiscriminatorFormula("case when lives is null then 'FormulaAnimal' else 'FormulaCat' end")
public class FormulaAnimal {
  @Id private Long id;

  private Integer lives;
}
