package com.example.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

@Entity
public class UnmappedArrays {
  @Id private Long id;
  private LocalDateTime[] readAt;
  private char[][] grid;
}
