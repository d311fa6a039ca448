package com.example.unsupported.remotegenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Folio {
  @Id @GeneratedValue private Long id;
}
