package org.example.emptyschema;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * Every annotation that carries a schema and a catalog, each written out empty: Hibernate reads
 * "" as none and creates each table and sequence where it creates those that name neither.
 */
@Entity
@Table(name = "shelf", schema = "", catalog = "")
@SecondaryTable(name = "shelf_extra", schema = "", catalog = "")
public class Shelf {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shelves")
  @SequenceGenerator(name = "shelves", sequenceName = "shelf_seq", schema = "", catalog = "")
  private Long id;

  @Column(table = "shelf_extra")
  private String extra;

  @ElementCollection
  @CollectionTable(name = "shelf_tags", schema = "", catalog = "")
  private Set<String> tags;

  @ManyToMany
  @JoinTable(name = "shelf_bins", schema = "", catalog = "")
  private Set<Bin> bins;
}
