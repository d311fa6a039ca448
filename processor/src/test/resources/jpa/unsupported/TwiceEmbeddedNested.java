package com.example.unsupported;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * An embeddable that embeds another, embedded twice: the second's nested column lat and its
 * nested association's join column keeper_id not overridden.
 */
@Entity
public class TwiceEmbeddedNested {
  @Id private Long id;

  @Embedded private Site home;

  @Embedded
  @AttributeOverride(name = "position.lng", column = @Column(name = "work_lng"))
  private Site work;

  @Embedded
  @AttributeOverride(name = "position.lat", column = @Column(name = "yard_lat"))
  @AttributeOverride(name = "position.lng", column = @Column(name = "yard_lng"))
  private Site yard;

  @Embeddable
  public static class Site {
    @Embedded private Position position;
  }

  @Embeddable
  public static class Position {
    private Double lat;
    private Double lng;
    @ManyToOne private TwiceEmbeddedNested keeper;
  }
}
