package org.example.eventsevolution;

import dev.strata.RenamedFrom;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@MappedSuperclass
public abstract class Audited {
  @Version Long version;

  @CreationTimestamp
  @RenamedFrom("createdAt")
  Instant created;

  @UpdateTimestamp Instant updatedAt;
}
