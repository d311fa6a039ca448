package org.example.ondelete;

import jakarta.persistence.Entity;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A joined subclass whose row goes with its parent's. */
@Entity
@OnDelete(action = OnDeleteAction.CASCADE)
public class Dog extends Animal {
  private String bark;
}
