package org.example.collectionrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

/**
 * Version 2 renames the class, its table named after it, and so its collection tables and their
 * columns named after the entity.
 */
@Entity
@RenamedFrom("Client")
public class Customer {
  @Id private Long id;

  @ElementCollection private Set<String> tags;

  @ElementCollection @OrderColumn private List<String> notes;

  /**
   * Renamed: through Customer_shops (customer_preferred), its column preferred_id; Client_shops
   * (client_favourite) and favourite_id before.
   */
  @RenamedFrom("favourite")
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinTable
  private Store preferred;
}
