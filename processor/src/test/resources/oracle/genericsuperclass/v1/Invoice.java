package org.example.generics;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class Invoice extends Versioned<Long> {
  private String number;

  @ManyToMany private Set<Device> devices;
}
