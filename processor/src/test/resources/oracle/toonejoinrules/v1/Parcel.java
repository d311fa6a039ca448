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
 * To-ones through join tables under @OnDelete, whose rule is the join table's foreign key to the
 * target's, and @NotFound, under which that foreign key is not written, nor, with IGNORE, the one
 * to the owner.
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
}
