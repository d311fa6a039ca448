package org.example.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Associations to the roots and to subclasses of each strategy. */
@Entity
public class Trip {
  @Id @GeneratedValue private Long id;

  @ManyToOne private Vehicle vehicle;

  @ManyToOne private Truck truck;

  @ManyToOne private CardPayment payment;

  @ManyToOne private Dog dog;

  @ManyToOne private Circle circle;

  @ManyToOne private Shape shape;

  @ManyToOne private Account account;

  @ManyToOne private Savings savings;
}
