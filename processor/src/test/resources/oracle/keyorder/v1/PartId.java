package org.example.keyorder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class PartId {
  private String code;

  // after code by name where both have the default length, and a native enum after it anyway
  @Enumerated(EnumType.STRING)
  private Grade grade;

  @Column(length = 300)
  private String batch;
}
