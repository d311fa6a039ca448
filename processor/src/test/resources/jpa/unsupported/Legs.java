package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

@Entity
@IdClass(Legs.Key.class)
public class Legs {
  public static class Key implements Serializable {
    String route;
    Integer leg;
  }

  @Id private String route;

  @Id private Integer leg;
}

@Entity
class Tickets {
  @Id private Long id;

  @ManyToOne
  @JoinColumns({@JoinColumn(name = "t_route"), @JoinColumn(name = "t_leg")})
  private Legs unnamed;

  @ManyToOne
  @JoinColumns(value = {
    @JoinColumn(name = "u_route", referencedColumnName = "route"),
    @JoinColumn(name = "u_leg", referencedColumnName = "stage")
  })
  private Legs unknown;

  @ManyToOne
  @JoinColumn(name = "v_route", referencedColumnName = "route")
  private Legs partial;
}
