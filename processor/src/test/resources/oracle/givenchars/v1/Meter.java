package org.example.givenchars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A key of a fixed width, which the foreign keys to it take along. */
@Entity
public class Meter {
  @Id
  @Column(columnDefinition = "char(8)")
  String serial;
}
