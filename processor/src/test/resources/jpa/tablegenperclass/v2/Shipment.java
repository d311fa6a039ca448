package org.example.tablegenperclass;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.TableGenerator;

/** Its subclasses' keys come from one row of id_gen now, over the rows of both tables. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "shipments")
  @TableGenerator(name = "shipments", table = "id_gen")
  Long id;
}
