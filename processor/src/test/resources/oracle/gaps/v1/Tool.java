package org.example.gaps;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tool {
  @Id private Long id;
}
