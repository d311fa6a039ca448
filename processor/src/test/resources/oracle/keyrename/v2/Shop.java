package org.example.keyrename;

import dev.strata.RenamedFrom;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.Map;
import java.util.Set;

/** The owner's key column renamed too: code now, id before, so Shop_id becomes Shop_code. */
@Entity
public class Shop {
  @Id
  @RenamedFrom("id")
  Long code;

  @ElementCollection Map<Item, Integer> stock;

  @OneToMany Map<Item, Offer> offers;

  @ElementCollection Set<String> tags;

  @ManyToMany Set<Item> items;
}
