package org.example.gaps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Bidder {
  @Id private Long id;
}
