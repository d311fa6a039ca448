package com.example.unsupported;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.List;

/** Two entities embedding one @OneToMany @JoinColumn, whose column is then in one table twice. */
@Entity
public class SharedJoinColumn {
  @Id private Long id;

  @Embedded private Route route;
}

@Entity
class SharedCharter {
  @Id private Long id;

  @Embedded private Route charterRoute;
}

@Embeddable
class Route {
  @OneToMany
  @JoinColumn(name = "voyage_id")
  private List<SharedLeg> legs;
}

@Entity
class SharedLeg {
  @Id private Long id;
}
