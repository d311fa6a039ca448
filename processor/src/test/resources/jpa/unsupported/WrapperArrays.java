package com.example.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class WrapperArrays {
  @Id private Long id;
  private Character[] initials;
  private Byte[] checksum;
}
