// Test input written here: a table the views read; a customer may have no purchase, and no score.
package org.example.viewnulls;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
  @Id private Long id;
  private String name;
  private Integer score;
}
