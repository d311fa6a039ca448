package org.example.uuidkeys;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A key that Hibernate's {@code @UuidGenerator} fills, alone on the field: an {@code
 * IdGeneratorType}, with no sequence or table.
 */
@Entity
public class Badge {
  @Id @UuidGenerator private UUID id;

  private String holder;
}
