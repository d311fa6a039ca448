package org.example.keys;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A part of an inherited embedded id renamed by its path: still in the key, NOT NULL. */
@Entity
@AttributeOverride(name = "id.lineNo", column = @Column(name = "shipment_line"))
public class Shipment extends KeyedBase {
  private String carrier;
}
