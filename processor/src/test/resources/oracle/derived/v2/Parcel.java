package org.example.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

@Entity
public class Parcel {
  @Id private Long id;

  @ManyToOne private Shipment shipment;

  private Integer weight;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "returned_leg", referencedColumnName = "leg"),
    @JoinColumn(name = "returned_carrier", referencedColumnName = "carrier"),
    @JoinColumn(name = "returned_no", referencedColumnName = "number")
  })
  private Shipment returned;

  @OneToOne private Shipment label;

  @ManyToOne
  @JoinColumn(name = "depot_ref", referencedColumnName = "id")
  private Depot depot;
}
