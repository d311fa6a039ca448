package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * A mapped superclass's @IdClass with one key field there and the other on the entity: Hibernate
 * looks for both in the superclass and refuses to start.
 */
@Entity
public class StockLevels extends StockLine {
  @Id private String sku;

  private int quantity;
}

@MappedSuperclass
@IdClass(StockLine.Key.class)
abstract class StockLine {
  static class Key implements Serializable {
    String warehouse;
    String sku;
  }

  @Id protected String warehouse;
}

/** A mapped superclass's @IdClass naming a field the entity lacks. */
@Entity
class Forecasts extends Dated {
  private int expected;
}

@MappedSuperclass
@IdClass(Dated.Key.class)
abstract class Dated {
  static class Key implements Serializable {
    String day;
    String region;
  }

  @Id protected String day;
}
