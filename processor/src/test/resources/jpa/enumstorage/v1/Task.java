package org.example.enumstorage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Task {
  @Id private Long id;

  private Level lvl;

  @Enumerated(EnumType.STRING)
  private Level stage;

  private Integer status;
}
