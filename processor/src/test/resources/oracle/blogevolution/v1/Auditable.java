package org.example.blogevolution;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

@MappedSuperclass
public abstract class Auditable {
  Instant createdAt;

  Instant modifiedAt;

  @Version Integer version;
}
