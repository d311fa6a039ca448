package org.example.tablekeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  private Long id;

  private String title;
}
