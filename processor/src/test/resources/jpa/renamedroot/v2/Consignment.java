package org.example.renamedroot;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

/** Shipment renamed: Hibernate names its leaves' sequence after it, Consignment_SEQ. */
@Entity
@RenamedFrom("Shipment")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Consignment {
  @Id @GeneratedValue Long id;
}
