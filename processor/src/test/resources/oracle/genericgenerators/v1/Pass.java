package org.example.genericgenerators;

import jakarta.persistence.Entity;
import org.hibernate.annotations.GenericGenerator;

/** An identity column by a @GenericGenerator on the entity, for a mapped superclass's key. */
@Entity
@GenericGenerator(name = "passes", strategy = "identity")
public class Pass extends KeyedBase {
  private String holder;
}
