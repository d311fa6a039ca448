package org.example.embedded;

import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public class Named {
  private String name;
}
