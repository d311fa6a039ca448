package org.example.addedrequired;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** Version 2: NOT NULL columns without a default, which rows already there have no value for. */
@Entity
public class Crate {
  @Id private Long id;

  private String label;

  private short weight;

  @Column(nullable = false)
  private String owner;

  @Column(nullable = false)
  private LocalDate packed;
}
