package org.example.wallet;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.example.money.Flag;

@Entity
public class Banner {
  @Id private Long id;

  private Flag flag;
}
