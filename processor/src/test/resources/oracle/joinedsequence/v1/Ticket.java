package org.example.joinedsequence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Ticket {
  @Id
  @GeneratedValue(generator = "tickets")
  @SequenceGenerator(name = "tickets", sequenceName = "Ticket_SEQ")
  private Long id;
}
