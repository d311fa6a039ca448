package org.example.toonejoinrules;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Version 2 adds to-ones through join tables under @OnDelete(CASCADE) and @NotFound(IGNORE), beside
 * rows.
 */
@Entity
public class Parcel {
  @Id Long id;

  @ManyToOne
  @JoinTable(name = "parcel_courier")
  @OnDelete(action = OnDeleteAction.CASCADE)
  Courier courier;

  @OneToOne
  @JoinTable
  @OnDelete(action = OnDeleteAction.CASCADE)
  Label label;

  @ManyToOne
  @JoinTable(name = "parcel_depot")
  @NotFound(action = NotFoundAction.IGNORE)
  Depot depot;

  @OneToOne
  @JoinTable
  @NotFound(action = NotFoundAction.EXCEPTION)
  Tag tag;

  @ManyToOne
  @JoinTable(name = "parcel_keeper")
  @OnDelete(action = OnDeleteAction.SET_NULL)
  Courier keeper;

  @ManyToOne
  @JoinTable(name = "parcel_sender")
  @OnDelete(action = OnDeleteAction.RESTRICT)
  Courier sender;

  @ManyToOne
  @JoinTable(name = "parcel_driver")
  @OnDelete(action = OnDeleteAction.CASCADE)
  Courier driver;

  @ManyToOne
  @JoinTable(name = "parcel_lost")
  @NotFound(action = NotFoundAction.IGNORE)
  Depot lost;
}
