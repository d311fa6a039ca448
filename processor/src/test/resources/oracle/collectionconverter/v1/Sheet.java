package org.example.collectionconverter;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;

/** Element collections whose values a converter stores: the column takes its database type. */
@Entity
public class Sheet {
  @Id private Long id;

  @ElementCollection
  @Convert(converter = Digits.class)
  private List<String> cells;

  @ElementCollection
  @Convert(converter = Digits.class)
  private Map<String, String> cellsByName;
}
