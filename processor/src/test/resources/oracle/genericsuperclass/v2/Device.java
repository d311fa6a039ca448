package org.example.generics;

import jakarta.persistence.Entity;
import java.util.UUID;

@Entity
public class Device extends Keyed<UUID> {
  private String serial;
}
