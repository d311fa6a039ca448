package org.example.collectionrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

@Entity
@Table(name = "shops")
public class Shop {
  @Id Long id;

  /** In Shop_brands, by Shop_id: named after the entity, not its table. */
  @ElementCollection(fetch = FetchType.EAGER)
  Set<String> brands;

  /** In shops_Client (shops_clients), by Shop_id. */
  @ManyToMany(fetch = FetchType.EAGER)
  Set<Client> clients;
}
