package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.TargetEmbeddable;

/** An embedded field whose type names, on itself, the class Hibernate maps. */
@Entity
public class TargetedType {
  @Id private Long id;

  @Embedded private Spot spot;

  /** What the field is typed as. */
  @TargetEmbeddable(Address.class)
  public interface Spot {}

  /** What Hibernate maps: its columns are the entity's. */
  @Embeddable
  public static class Address implements Spot {
    private String street;
  }
}
