package com.example.jpa;

import jakarta.persistence.ElementCollection;
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
  private List<byte[]> attachments;
  private Set<char[]> codes;
  private List<int[]> grids;
  @ElementCollection private List<byte[]> thumbnails;
}
