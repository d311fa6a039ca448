package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.util.Map;

/** A joined subclass whose key column and map key column have options Hibernate appends. */
@Entity
@PrimaryKeyJoinColumn(options = "/* key */")
public class OptionedBranch extends OptionedRoot {
  private String label;

  @ElementCollection
  @MapKeyJoinColumn(options = "/* map key join */")
  private Map<OptionedRoot, String> byRoot;
}
