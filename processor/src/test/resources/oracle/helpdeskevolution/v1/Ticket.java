package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

@Entity
public class Ticket {
  @Id @GeneratedValue Long id;

  @Version Long version;

  @Column(nullable = false, length = 150)
  String subject;

  @Lob String body;

  @Column(columnDefinition = "text")
  String resolution;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  Priority priority;

  @Enumerated Grade requiredGrade;

  @ManyToOne(optional = false)
  Person reporter;
}
