// Test input written here: a table the views read, each row of a customer it cannot be without.
package org.example.viewnulls;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Receipt {
  @Id private Long id;
  @ManyToOne(optional = false) private Customer customer;
  private int total;
}
