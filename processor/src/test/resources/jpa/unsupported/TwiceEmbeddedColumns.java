package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One embeddable embedded twice, the second's column of street not overridden. */
@Entity
public class TwiceEmbeddedColumns {
  @Id private Long id;

  @Embedded
  @AttributeOverride(name = "city", column = @Column(name = "home_city"))
  private Place home;

  @Embedded
  @AttributeOverride(name = "city", column = @Column(name = "work_city"))
  private Place work;

  @Embeddable
  public static class Place {
    private String street;
    private String city;
  }
}
