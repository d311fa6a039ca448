package org.example.types;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;

@Entity
public class Document {
  @Id private Long id;

  @Lob private String body;

  @Lob private byte[] scan;

  @Version private Long version;
}
