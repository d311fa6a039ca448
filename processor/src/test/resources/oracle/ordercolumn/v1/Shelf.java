package org.example.ordercolumn;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.List;

@Entity
public class Shelf {
  @Id private Long id;

  // the order columns are in Carton's table, beside the keys that map the lists
  @OneToMany(mappedBy = "shelf")
  @OrderColumn(name = "slot")
  private List<Carton> cartons;

  @OneToMany(mappedBy = "spare")
  @OrderColumn
  private List<Carton> spares;
}
