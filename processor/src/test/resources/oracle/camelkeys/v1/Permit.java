package org.example.camelkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A generator no @TableGenerator declares: its name names the table, permit_keys under Spring's. */
@Entity
public class Permit {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "permitKeys")
  Long id;
}
