package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;

@Entity
public class Phones {
  @Id private Long id;

  @ElementCollection
  @MapKeyColumn(name = "kind")
  private Map<String, String> byKind;
}
