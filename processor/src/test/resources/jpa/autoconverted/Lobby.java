package com.example.autoconverted;

import jakarta.persistence.Entity;
import java.io.Serializable;

/** The same key fields without an @IdClass: a single key, whose hall keeps its uuid. */
@Entity
public class Lobby extends Venue implements Serializable {
  private String name;
}
