package it.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table Strata creates, so that reverting version 1 drops it with its rows. */
@Entity
@Table(name = "items")
public class Item {
  @Id Long id;
  String name;
}
