package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.util.Map;

@Entity
public class EnumKeyOrder {
  enum Grade {
    LOW,
    HIGH
  }

  @Id private Long id;

  // VARCHAR(5) on PostgreSQL sorts before the BIGINT owner; a native enum sorts after it
  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(length = 5)
  private Map<Grade, String> notesByGrade;
}
