package org.example.snakecaserename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Column;
import java.util.Set;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@SecondaryTable(name = "person_details")
public class Person {
  @Id Long id;

  String fullName;

  @Embedded PostalAddress homeAddress;

  @ElementCollection Set<String> nickNames;

  @Column(table = "person_details")
  String favouriteColour;
}
