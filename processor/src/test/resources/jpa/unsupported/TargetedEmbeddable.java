package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.TargetEmbeddable;

/** An embedded field typed by an interface, whose columns Hibernate takes from another class. */
@Entity
public class TargetedEmbeddable {
  @Id private Long id;

  @Embedded
  @TargetEmbeddable(Address.class)
  private Place place;

  /** What the field is typed as. */
  public interface Place {}

  /** What Hibernate maps: its columns are the entity's. */
  @Embeddable
  public static class Address implements Place {
    private String street;
  }
}
