package org.example.lobevolution;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** Version 2: both columns large objects, which PostgreSQL holds apart, by their oid. */
@Entity
public class Doc {
  @Id private Long id;

  @Lob private String body;

  @Lob private byte[] data;
}
