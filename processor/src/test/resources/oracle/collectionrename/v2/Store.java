package org.example.collectionrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * Version 2 renames the class and keeps its table's name: the collection table and the columns
 * named after the entity follow the class.
 */
@Entity
@Table(name = "shops")
@RenamedFrom("Shop")
public class Store {
  @Id Long id;

  /** In Store_brands (Shop_brands before), by Store_id. */
  @ElementCollection(fetch = FetchType.EAGER)
  Set<String> brands;

  /** In shops_Customer (shops_clients), by Store_id. */
  @ManyToMany(fetch = FetchType.EAGER)
  Set<Customer> clients;
}
