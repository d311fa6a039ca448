package org.example.referredoverride;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Transfer {
  @Id private Long id;

  @ManyToOne private Account account;
}
