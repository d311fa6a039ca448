package org.example.genericcollections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Tag {
  @Id
  @Column(length = 20)
  private String code;
}
