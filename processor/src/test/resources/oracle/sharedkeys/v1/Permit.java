package org.example.sharedkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * A required one-to-one over a key the annotation names as the code does: permit_no under Spring
 * Boot's naming, as the key column.
 */
@Entity
public class Permit {
  @Id Long permitNo;

  @OneToOne(optional = false)
  @PrimaryKeyJoinColumn(name = "permitNo", referencedColumnName = "id")
  Passport passport;
}
