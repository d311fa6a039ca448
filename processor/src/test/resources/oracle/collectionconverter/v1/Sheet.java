package org.example.collectionconverter;

import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;

/**
 * Element collections whose values or map keys a converter stores: the column takes its database
 * type; a {@code @Convert} on a map converts its values, an auto-applied converter its keys too.
 */
@Entity
public class Sheet {
  @Id private Long id;

  @ElementCollection
  @Convert(converter = Digits.class)
  private List<String> cells;

  @ElementCollection
  @Convert(converter = Digits.class)
  private Map<String, String> cellsByName;

  @ElementCollection private Map<Sku, Integer> stockBySku;

  @ElementCollection
  @Convert(converter = Digits.class)
  private Map<Sku, String> cellsBySku;
}
