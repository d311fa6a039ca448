package org.example.embeddedversion;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Version;

@Embeddable
public class Stamp {
  @Version Long revision;

  String by;
}
