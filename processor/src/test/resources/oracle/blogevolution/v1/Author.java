package org.example.blogevolution;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Author extends Auditable {
  @Id @GeneratedValue Long id;

  String name;

  @Lob String bio;

  @Embedded ContactInfo contact;

  @Embedded GeoPoint location;

  @OneToMany(mappedBy = "author") List<Content> contents;
}
