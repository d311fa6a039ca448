package org.example.singletablerename;

import dev.strata.RenamedFrom;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("P")
@RenamedFrom("Problem")
public class KnownError extends Ticket {
  String rootCause;
}
