package com.example.sharedjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
  @Id private Long id;
}
