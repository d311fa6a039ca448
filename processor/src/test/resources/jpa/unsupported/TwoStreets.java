package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class TwoStreets {
  @Id private Long id;

  @Column(name = "street")
  private String home;

  @Column(name = "street")
  private String work;
}
