package org.example.twiceembedded;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Stop {
  @Id private Long id;
}
