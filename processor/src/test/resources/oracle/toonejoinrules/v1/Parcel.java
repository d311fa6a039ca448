package org.example.toonejoinrules;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** To-ones through join tables under @OnDelete, whose rule is the join table's key to the target's. */
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
}
