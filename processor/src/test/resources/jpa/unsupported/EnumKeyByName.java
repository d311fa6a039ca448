package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Entity
public class EnumKeyByName {
  enum Grade {
    LOW,
    HIGH
  }

  @EmbeddedId private Key key;

  // VARCHAR(255) beside code on PostgreSQL, first by name; a native enum after it elsewhere
  @Embeddable
  public static class Key {
    @Enumerated(EnumType.STRING)
    private Grade axis;

    private String code;
  }
}
