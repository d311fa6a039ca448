package org.example.warehouseevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
public class Carrier {
  @Id UUID id;

  @Column(nullable = false, length = 50)
  String name;

  Duration maxTransit;

  Instant registeredAt;

  @Lob String terms;

  @ManyToMany
  @JoinTable(
      name = "carrier_hubs",
      joinColumns = @JoinColumn(name = "carrier_id"),
      inverseJoinColumns = @JoinColumn(name = "hub_id"))
  @OrderBy("name")
  List<Warehouse> hubs;
}
