package org.example.embeddedrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** The key column renamed: courier_id becomes courier_code where it is named after it. */
@Entity
public class Courier {
  @Id
  @RenamedFrom("id")
  Long code;

  @OneToMany @JoinColumn Set<Van> vans;
}
