package org.example.siblingcolumns;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Owner {
  @Id private Long id;
}
