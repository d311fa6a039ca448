package org.example.keydefinitionorder;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/**
 * Keyed by [code, area], as Hibernate sizes the String area by its type (a VARCHAR of the default
 * length, after every shorter column) and not by its definition (varchar(2), before code).
 */
@Entity
public class Plot {
  @EmbeddedId PlotId id;

  String label;
}
