package org.example.toonejoinrules;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Version 2 adds a to-one through a join table under @OnDelete(CASCADE), beside rows. */
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
}
