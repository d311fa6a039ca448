package org.example.embedded;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Duty {
  @ManyToOne private Keeper keeper;
}
