package com.example.autoconverted;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;

/** An @IdClass below the key fields: Hibernate refuses the converter of hall as in any such key. */
@Entity
@IdClass(VenueKey.class)
public class Stage extends Venue {
  private String name;
}
