package org.example.naturalcollections;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Guest {
  @Id Long id;

  @ManyToOne GuestList list;
}
