package org.example.embeddedrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A van, whose table holds the column of Courier.vans: vans_id, after the courier's key. */
@Entity
public class Van {
  @Id Long id;
}
