package org.example.sizes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
public class Token {
  @Id
  @GeneratedValue
  private UUID id;

  @Version private int version;

  private UUID other;
}
