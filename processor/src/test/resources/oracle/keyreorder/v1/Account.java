package org.example.keyreorder;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Version 1: the key is an Integer. */
@Entity
public class Account {
  @Id Integer id;

  String holder;
}
