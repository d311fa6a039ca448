package org.example.keydefinitionorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/**
 * Keyed by [zone, block], as Hibernate sizes the Integer zone by its type and not by its definition
 * (bigint, the block's size, and block comes first by name).
 */
@Entity
@IdClass(Paddock.Key.class)
public class Paddock {
  @Id
  @Column(columnDefinition = "bigint")
  Integer zone;

  @Id Long block;

  String crop;

  public static class Key implements Serializable {
    Integer zone;
    Long block;
  }
}
