package org.example.maps;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import java.util.Map;

@Entity
public class Catalog {
  @Id private Long id;

  @ElementCollection private Map<String, Integer> stock;

  @ElementCollection
  @MapKeyColumn(name = "lang", length = 6)
  @Column(name = "label", nullable = false)
  private Map<String, String> labels;

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  private Map<Kind, String> notesByKind;

  @ElementCollection private Map<Size, String> boxes;

  @ElementCollection private Map<Shelf, String> shelves;

  @ElementCollection private Map<String, Size> sizes;

  @OneToMany
  @JoinTable(name = "catalog_buyers")
  @MapKey(name = "fullName")
  private Map<String, Buyer> buyersByName;

  @ManyToMany
  @JoinTable(name = "catalog_payers")
  @MapKeyJoinColumn(name = "account_id")
  private Map<Account, Buyer> payers;

  @ManyToMany
  @JoinTable(name = "catalog_accounts")
  private Map<String, Account> accounts;

  @ElementCollection
  @MapKeyColumn(name = "code", length = 10)
  private Map<String, Integer> reorderLevels;

  @ManyToMany
  @JoinTable(name = "catalog_sponsors")
  @MapKeyJoinColumn(name = "sponsor_account")
  private Map<Account, Buyer> sponsors;
}
