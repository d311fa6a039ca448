package org.example.convertedgenerics;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/**
 * StringListText converts the List<String>, not the List<Integer>, which keeps its array column,
 * nor the element collection's String values.
 */
@Entity
public class Crate {
  @Id Long id;

  List<String> tags;

  List<Integer> scores;

  @ElementCollection List<String> labels;
}
