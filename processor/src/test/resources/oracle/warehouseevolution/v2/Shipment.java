package org.example.warehouseevolution;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shipment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_ids")
  @SequenceGenerator(name = "shipment_ids", sequenceName = "shipment_seq", allocationSize = 20)
  Long id;

  @Version Long version;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "from_street", length = 80)),
    @AttributeOverride(name = "city", column = @Column(name = "from_city", length = 40)),
    @AttributeOverride(name = "postalCode", column = @Column(name = "from_zip", length = 10))
  })
  Address origin;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "to_street", length = 80)),
    @AttributeOverride(name = "city", column = @Column(name = "to_city", length = 40)),
    @AttributeOverride(name = "postalCode", column = @Column(name = "to_zip", length = 10))
  })
  Address destination;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  ShipmentStatus status;

  @Convert(converter = TrackingCodeConverter.class)
  @Column(length = 40)
  TrackingCode tracking;

  LocalDate shipDate;

  OffsetDateTime promisedAt;

  @Column(nullable = false)
  @ColumnDefault("'none'")
  String note;

  @Column(length = 30)
  String reference;

  @ManyToOne(optional = false)
  @JoinColumn(name = "source_warehouse_id")
  Warehouse source;

  @ManyToOne Carrier carrier;

  @ElementCollection
  @OrderColumn
  @CollectionTable(name = "shipment_stops")
  List<Address> stops;
}
