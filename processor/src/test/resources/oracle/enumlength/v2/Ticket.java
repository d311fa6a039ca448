package org.example.enumlength;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.util.Map;
import java.util.Set;

@Entity
public class Ticket {
  @Id private Long id;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Grade grade;

  @Enumerated(EnumType.STRING)
  @Column(length = 300)
  private Grade wide;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private Grade plain;

  @ElementCollection
  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private Set<Grade> grades;

  // the key sorts after the owner's column on every database: by name beside the BIGINT here
  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "tier", length = 8)
  private Map<Grade, String> notes;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(length = 400)
  private Map<Grade, Integer> counts;
}
