package org.example.gaps;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** Both enum columns renamed, while their enum gains a constant: each check follows its column. */
@Entity
public class Ticket {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @RenamedFrom("grade")
  private Grade tier;

  @RenamedFrom("priority")
  private Grade urgency;
}
