package org.example.renamedsequence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Bin {
  @Id @GeneratedValue Long id;

  String label;
}
