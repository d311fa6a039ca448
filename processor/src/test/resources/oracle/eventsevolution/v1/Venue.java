package org.example.eventsevolution;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.NaturalId;

@Entity
@Table(
    name = "venues",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uk_venue_name_city",
            columnNames = {"name", "city"}),
    indexes = @Index(name = "ix_venue_city", columnList = "city"))
@Check(constraints = "capacity >= 0")
public class Venue {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @NaturalId
  @Column(nullable = false, length = 20)
  String code;

  @Column(length = 80)
  String name;

  @Column(length = 40)
  String city;

  @Column(unique = true, length = 120)
  String website;

  @ColumnDefault("100")
  int capacity;

  @ElementCollection
  @CollectionTable(name = "venue_days")
  @MapKeyColumn(name = "opening_day")
  @Column(name = "opening_hours")
  Map<LocalDate, Integer> openingHours;
}
