package org.example.keyjoindefinitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(
    name = "animal_card",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "animal_id", columnDefinition = "double precision"))
public class Animal {
  @Id Long id;

  @Column(table = "animal_card")
  String card;
}
