package org.example.convertednumbers;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.List;

/**
 * NumberText, of Number, converts the primitives as their wrappers, the BigDecimal and the element
 * collection's Integer values; not the String key.
 */
@Entity
public class Meter {
  @Id String id;

  int count;

  Integer boxed;

  long big;

  BigDecimal amount;

  @ElementCollection List<Integer> readings;
}
