package org.example.inheritance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Checking extends Account {
  @Column(nullable = false)
  private Integer overdraft;
}
