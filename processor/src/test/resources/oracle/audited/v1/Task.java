package org.example.audited;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Task extends Tracked {
  @Id Long id;
}
