package org.example.snakecaserename;

import dev.strata.RenamedFrom;
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

  @RenamedFrom("fullName")
  String displayName;

  @Embedded PostalAddress homeAddress;

  @RenamedFrom("nickNames")
  @ElementCollection
  Set<String> aliasNames;

  @RenamedFrom("favouriteColour")
  @Column(table = "person_details")
  String favoriteColor;
}
