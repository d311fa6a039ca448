package org.example.joindefinitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** A composite key, which a to-one refers to by two join columns of types of their own. */
@Entity
@IdClass(BerthKey.class)
public class Berth {
  @Id
  @Column(length = 10)
  String dock;

  @Id
  @Column(length = 10)
  String number;
}
