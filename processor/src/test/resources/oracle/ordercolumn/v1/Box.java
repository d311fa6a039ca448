package org.example.ordercolumn;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;

@Entity
public class Box {
  @Id private Long id;

  // a BIGINT, placed in the primary key as the INTEGER Hibernate sizes it as
  @ElementCollection
  @OrderColumn(name = "position", columnDefinition = "bigint")
  @Column(length = 10)
  private List<String> labels;

  @ManyToMany
  @OrderColumn(columnDefinition = "bigint")
  private List<Shelf> stacked;
}
