package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SecondaryTable;
import java.io.Serializable;

@Entity
@SecondaryTable(name = "tabled_extra")
public class TabledJoinColumns {
  @Id private Long id;

  @Embedded private Stop stop;

  @ManyToOne
  @JoinColumns({
    @JoinColumn(name = "y_area", referencedColumnName = "area", table = "tabled_extra"),
    @JoinColumn(name = "y_number", referencedColumnName = "number")
  })
  private Yard yard;
}

@Embeddable
class Stop {
  @ManyToOne
  @JoinColumn(name = "stop_yard", table = "tabled_extra")
  private TabledJoinColumns next;
}

@Entity
@IdClass(Yard.Key.class)
class Yard {
  static class Key implements Serializable {
    String area;
    Integer number;
  }

  @Id private String area;

  @Id private Integer number;
}
