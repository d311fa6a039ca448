package org.example.keyevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(name = "purchase_customer_idx", columnList = "customer_id"))
public class Purchase {
  @Id private Integer id;

  @ManyToOne private Customer customer;
}
