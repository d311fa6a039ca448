package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** A UUID's text in a String key (uuid): nothing in the schema. */
@Entity
@GenericGenerator(name = "tokens", strategy = "uuid")
public class Token {
  @Id
  @GeneratedValue(generator = "tokens")
  private String id;
}
