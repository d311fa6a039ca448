package org.example.embeddedrename;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/**
 * References whose columns are named after the keys they refer to: parcel_key_zone, courier_id,
 * and helpers_id in the join table Delivery_Courier.
 */
@Entity
public class Delivery {
  @Id Long id;

  @ManyToOne Parcel parcel;

  @ManyToOne Courier courier;

  @ManyToMany Set<Courier> helpers;
}
