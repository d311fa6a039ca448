package org.example.generics;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
@AttributeOverride(name = "id", column = @Column(name = "iso", length = 2))
public class Country extends Keyed<String> {
  private String name;
}
