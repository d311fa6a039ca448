package com.example.sharedjoin;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Its keys, assigned in version 1, come from the sequence the package's entities share. */
@Entity
public class Ticket {
  @Id @GeneratedValue private Long id;
}
