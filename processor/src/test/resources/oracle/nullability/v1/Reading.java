package org.example.nullability;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Columns that {@code @Basic(optional = false)} makes NOT NULL, with or without a @Column. */
@Entity
public class Reading {
  @Id private Long id;

  @Basic(optional = false)
  private String unit;

  @Basic(optional = false)
  @Column(name = "sourceName", length = 40)
  private String source;
}
