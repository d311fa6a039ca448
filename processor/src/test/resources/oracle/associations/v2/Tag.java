package org.example.associations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id private Integer id;

  @Column(unique = true, length = 60)
  private String label;
}
