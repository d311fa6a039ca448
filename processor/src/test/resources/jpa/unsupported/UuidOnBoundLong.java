package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
abstract class UuidKeyed<ID> {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  protected ID id;
}

@Entity
public class UuidOnBoundLong extends UuidKeyed<Long> {
  private String name;
}
