package org.example.eventsevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
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
}
