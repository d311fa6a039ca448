package org.example.embeddedrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** A key column named id, which the columns referring to it are named after: courier_id. */
@Entity
public class Courier {
  @Id Long id;

  @OneToMany @JoinColumn Set<Van> vans;
}
