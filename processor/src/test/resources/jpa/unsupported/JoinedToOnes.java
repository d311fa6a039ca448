package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import java.io.Serializable;
import org.hibernate.annotations.NaturalId;

@Entity
public class JoinedToOnes {
  @Id private Long id;

  @Embedded private Route route;

  @ManyToOne
  @JoinTable(name = "hub_of")
  private Hub hub;

  @OneToOne
  @JoinTable(name = "gate_of", inverseJoinColumns = {@JoinColumn(name = "t"), @JoinColumn(name = "n")})
  private Gate gate;

  @NaturalId
  @ManyToOne
  @JoinTable(name = "dock_of")
  private Dock dock;
}

@Entity
class Dock {
  @Id private Long id;
}

@Embeddable
class Route {
  @ManyToOne
  @JoinTable(name = "route_origin")
  private Hub origin;
}

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
class Hub {
  @Id private Long id;
}

@Entity
class Terminal extends Hub {}

@Entity
@IdClass(Gate.Key.class)
class Gate {
  static class Key implements Serializable {
    String terminal;
    Integer number;
  }

  @Id private String terminal;

  @Id private Integer number;
}
