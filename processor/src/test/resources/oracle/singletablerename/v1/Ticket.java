package org.example.singletablerename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id Long id;

  String subject;
}
