package org.example.keyevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Purchase {
  @Id private Long id;

  @ManyToOne private Customer customer;
}
