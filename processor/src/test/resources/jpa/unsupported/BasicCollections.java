package com.example.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Set;

@Entity
public class BasicCollections {
  @Id private Long id;
  private List<Integer> scores;
  private Set<String> tags;
}
