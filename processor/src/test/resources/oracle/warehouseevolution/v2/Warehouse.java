package org.example.warehouseevolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(
    name = "warehouses",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_warehouse_name_city",
            columnNames = {"name", "city"}))
public class Warehouse {
  @Id Long id;

  @Version int version;

  @NaturalId
  @Column(nullable = false, length = 12)
  String code;

  @Column(length = 120)
  String name;

  @Embedded Address location;

  boolean active;

  @ElementCollection
  @CollectionTable(name = "warehouse_stock")
  @MapKeyColumn(name = "sku", length = 32)
  @Column(name = "quantity")
  Map<String, Integer> stock;

  @OneToMany(mappedBy = "warehouse")
  List<StorageBin> bins;

  @OneToMany
  @JoinColumn(name = "depot_id")
  Set<LoadingBay> docks;
}
