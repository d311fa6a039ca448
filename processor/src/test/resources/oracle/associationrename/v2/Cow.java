package org.example.associationrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** homeHerd renamed herd: its two join columns, homeHerd_farm and homeHerd_pen, follow. */
@Entity
public class Cow {
  @Id Long id;

  @RenamedFrom("homeHerd")
  @ManyToOne
  Herd herd;
}
