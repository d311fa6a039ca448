// Test input written here: a table the views read, each row of a customer.
package org.example.viewnulls;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Purchase {
  @Id private Long id;
  @ManyToOne private Customer customer;
  private int amount;
}
