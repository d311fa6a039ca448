package org.example.naturalcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Host {
  @Id Long id;

  String name;
}
