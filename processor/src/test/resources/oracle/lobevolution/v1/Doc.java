package org.example.lobevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Doc {
  @Id private Long id;

  private String body;

  private byte[] data;
}
