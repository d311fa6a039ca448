package org.example.overridedefinitions;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
  @Id String code;
}
