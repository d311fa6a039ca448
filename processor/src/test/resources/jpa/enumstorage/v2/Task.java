package org.example.enumstorage;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * Version 2 stores lvl by name and stage by ordinal, and status, an integer, as an enum by name:
 * H2 and MariaDB would read each number as the position of a name in the native ENUM, and each
 * name as its position.
 */
@Entity
public class Task {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  private Level lvl;

  private Level stage;

  @Enumerated(EnumType.STRING)
  private Level status;
}
