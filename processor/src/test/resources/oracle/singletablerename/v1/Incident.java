package org.example.singletablerename;

import jakarta.persistence.Entity;

@Entity
public class Incident extends Ticket {
  Integer severity;
}
