package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

@Entity
public class TwoLabelLists {
  @Id private Long id;

  // both join tables are implicitly TwoLabelLists_Label
  @ManyToMany private Set<Label> labels;

  @ManyToMany private Set<Label> pinned;

  @Entity
  public static class Label {
    @Id private Long id;
  }
}
