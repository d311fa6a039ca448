package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

@Entity
public class SizedLob {
  @Id private Long id;

  @Lob
  @Column(length = 1000)
  private String summary;

  @Lob
  @Column(length = 2_000_000_000)
  private String body;
}
