package org.example.renamedtarget;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Ticket {
  @Id Long id;

  @ManyToOne Staff assignee;

  @ManyToOne Staff helper;
}
