package com.example.segmentjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Receipt {
  @Id private Long id;
}
