package org.example.duplicatechecks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The target of two to-ones over one column. */
@Entity
public class Owner {
  @Id Long id;
}
