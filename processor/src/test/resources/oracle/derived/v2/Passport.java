package org.example.derived;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

@Entity
public class Passport {
  @Id private Long id;

  @MapsId @OneToOne private Person holder;

  private String number;
}
