package org.example.addedrequired;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Crate {
  @Id private Long id;

  private String label;
}
