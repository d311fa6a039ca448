package com.example.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "suppliers")
public class UnmappedFieldOnEntity {
  @Id private Long id;
  private String name;
  private Object homepage;
}
