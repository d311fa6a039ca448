package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.MappedSuperclass;

/**
 * A strategy declared on a mapped superclass that two entities extend, as Shopizer's {@code
 * Description} declares one: Hibernate refuses to start on it.
 */
public class InheritedStrategy {

  @MappedSuperclass
  @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
  public static class Text {
    @Id private Long id;

    private String body;
  }

  @Entity
  public static class Caption extends Text {}

  @Entity
  public static class Subtitle extends Text {}
}
