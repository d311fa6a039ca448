package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** Keys Hibernate counts in Java (increment): nothing in the schema. */
@Entity
public class Counter {
  @Id
  @GeneratedValue(generator = "counted")
  @GenericGenerator(name = "counted", strategy = "increment")
  private Integer id;
}
