package org.example.tablepercollection;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Animal {
  @Id @GeneratedValue private Long id;

  private String name;

  @ElementCollection private Set<String> tags;

  @ElementCollection @OrderColumn private List<String> notes;

  @ElementCollection private Map<String, Integer> scores;

  @ManyToMany private Set<Toy> toys;
}
