package org.example.genericgenerators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;

/** An identity column by a @GenericGenerator on the class. */
@Entity
@GenericGenerator(name = "tickets", strategy = "identity")
public class Ticket {
  @Id
  @GeneratedValue(generator = "tickets")
  private Long id;
}
