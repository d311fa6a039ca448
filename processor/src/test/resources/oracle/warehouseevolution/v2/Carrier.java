package org.example.warehouseevolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Set;
import java.util.UUID;

@Entity
public class Carrier {
  @Id UUID id;

  @Column(nullable = false, length = 50)
  @dev.strata.RenamedFrom("name")
  String displayName;

  Duration maxTransit;

  Instant registeredAt;

  @Lob String terms;

  @ElementCollection
  @CollectionTable(name = "carrier_regions")
  @Column(name = "region", length = 20)
  Set<String> regions;

  @ManyToMany
  @JoinTable(
      name = "carrier_hubs",
      joinColumns = @JoinColumn(name = "carrier_id"),
      inverseJoinColumns = @JoinColumn(name = "hub_id"))
  @OrderBy("name")
  List<Warehouse> hubs;
}
