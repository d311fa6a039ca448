package org.example.embeddedcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

@Entity
public class Movement {
  @Id private Long id;

  private LocalDateTime departure;
}
