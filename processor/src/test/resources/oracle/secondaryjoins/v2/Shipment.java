package org.example.secondaryjoins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SecondaryTable;

/** Version 2 adds a to-one to the secondary table of a table with rows. */
@Entity
@SecondaryTable(name = "shipment_extra")
public class Shipment {
  @Id Long id;

  String note;

  @Column(table = "shipment_extra")
  String memo;

  @ManyToOne
  @JoinColumn(name = "depotId", table = "shipment_extra")
  Depot depot;

  @OneToOne(optional = false)
  @JoinColumn(table = "shipment_extra")
  Label label;

  @ManyToOne
  @JoinColumn(table = "shipment_extra")
  Depot backup;
}
