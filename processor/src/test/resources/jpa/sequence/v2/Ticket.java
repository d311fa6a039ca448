package com.example.sequence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Ticket {
  @Id
  @GeneratedValue
  @SequenceGenerator(name = "Ticket_SEQ", allocationSize = 1)
  private Long id;
}
