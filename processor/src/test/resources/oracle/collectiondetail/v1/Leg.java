package org.example.collectiondetail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

/**
 * A leg of a trip, whose columns have a unique constraint, a default and checks, which Hibernate
 * writes in the collection table too; Bean Validation's {@code @Min} it applies to entities only.
 */
@Embeddable
public class Leg {
  @Column(unique = true)
  private String code;

  @ColumnDefault("0")
  private Integer stops;

  private Grade grade;

  @Check(constraints = "km > 0")
  private Integer km;

  @Min(1)
  private Integer legs;

  /** An enum stored by ordinal, checked by range. */
  public enum Grade {
    LOW,
    HIGH
  }
}
