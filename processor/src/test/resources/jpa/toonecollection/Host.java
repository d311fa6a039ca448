package org.example.toonecollection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Host {
  @Id Long id;
}
