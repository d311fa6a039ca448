package com.example.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class VersionedBase {
  @Id private Long id;
}
