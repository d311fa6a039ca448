package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Skill {
  @Column(length = 40)
  String topic;

  int level;
}
