package org.example.keyrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.Map;
import java.util.Set;

/**
 * Collections of an owner keyed by id, whose tables name columns after it (Shop_id), and
 * maps keyed by Item, whose key columns are named after the attribute (stock_KEY).
 */
@Entity
public class Shop {
  @Id Long id;

  @ElementCollection Map<Item, Integer> stock;

  @OneToMany Map<Item, Offer> offers;

  @ElementCollection Set<String> tags;

  @ManyToMany Set<Item> items;
}
