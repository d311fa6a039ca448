package org.example.generics;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket extends Tracked<Priority> {
  @Id private Long id;
}
