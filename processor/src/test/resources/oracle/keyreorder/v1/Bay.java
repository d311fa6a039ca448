package org.example.keyreorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** Keyed by [code, area] while the code is an Integer, by [area, code] once it is a Long. */
@Entity
@IdClass(Bay.Key.class)
public class Bay {
  @Id Integer code;

  @Id Long area;

  String crane;

  public static class Key implements Serializable {
    Integer code;
    Long area;
  }
}
