package com.example.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

@Entity
public class BasicCollections {
  @Id private Long id;
  private List<Integer> scores;
  private Set<LocalTime> opensAt;
}
