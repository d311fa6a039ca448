package com.example.unsupported.remotegenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Tally {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tallies")
  private Long id;
}
