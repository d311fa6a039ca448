package org.example.inheritedidclass;

import jakarta.persistence.Entity;

@Entity
public class Audit extends Counted {
  private String auditor;
}
