package org.example.collectionrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

@Entity
public class Client {
  @Id private Long id;

  @ElementCollection private Set<String> tags;

  @ElementCollection @OrderColumn private List<String> notes;

  /** Through Client_shops (client_favourite), named after the owner's table, keyed by id. */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinTable
  private Shop favourite;
}
