package org.example.sequenceadded;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Its keys, assigned by the application in version 1, come from Invoice_SEQ now. */
@Entity
public class Invoice {
  @Id @GeneratedValue Long id;

  String number;
}
