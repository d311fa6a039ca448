package org.example.eventsevolution;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@MappedSuperclass
public abstract class Audited {
  @Version Long version;

  @CreationTimestamp Instant createdAt;

  @UpdateTimestamp Instant updatedAt;
}
