package com.example.unsupported;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** JPA 3.2's options, which Hibernate appends to the tables, columns and sequences it creates. */
@Entity
@Table(
    options = "/* table */",
    indexes = @Index(columnList = "code", options = "/* index */"),
    uniqueConstraints = @UniqueConstraint(columnNames = "code", options = "/* unique */"))
@SecondaryTable(name = "optioned_more", options = "/* secondary */")
public class OptionedTables {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "optioned")
  @SequenceGenerator(name = "optioned", options = "/* sequence */")
  private Long id;

  private String code;

  @ManyToOne
  @JoinColumn(options = "/* join column */")
  private OptionedTables parent;

  @ManyToMany
  @JoinTable(name = "optioned_links", options = "/* join table */")
  private Set<OptionedTables> links;

  @ElementCollection
  @CollectionTable(options = "/* collection table */")
  @OrderColumn(options = "/* order column */")
  private List<String> tags;

  @ElementCollection
  @MapKeyColumn(options = "/* map key */")
  private Map<String, String> attributes;
}
