package com.example.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id private Long id;

  private String title;
}
