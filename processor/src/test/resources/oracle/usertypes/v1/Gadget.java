package org.example.usertypes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Type;

/** Values a custom UserType maps, each with the column type it names, as JSON types are mapped. */
@Entity
public class Gadget {

  @Id @GeneratedValue Long id;

  @Type(PairsType.class)
  @Column(columnDefinition = "varchar(1000)")
  Map<String, String> attributes = new TreeMap<>(Map.of("colour", "red", "size", "L"));

  @Type(PairsType.class)
  @Column(name = "serial_pairs", columnDefinition = "varchar(300)", nullable = false, unique = true)
  Map<String, String> serial = new TreeMap<>(Map.of("batch", "7"));

  @Embedded Labels labels = new Labels();

  @Embedded
  @AttributeOverride(
      name = "tags",
      column = @Column(name = "spare_tags", columnDefinition = "varchar(64)"))
  Labels spare = new Labels();
}
