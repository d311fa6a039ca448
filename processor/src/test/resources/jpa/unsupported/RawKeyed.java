package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
abstract class RawBase<ID> {
  @Id protected ID id;
}

@Entity
@SuppressWarnings("rawtypes")
public class RawKeyed extends RawBase {
  private String name;
}
