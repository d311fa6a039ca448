package org.example.singletablerename;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("P")
public class Problem extends Ticket {
  String rootCause;
}
