package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** A key field whose type the id class does not share, beside one whose wrapper it has. */
@Entity
@IdClass(OrderLines.Key.class)
public class OrderLines {
  @Id private Integer orderId;
  @Id private int line;

  public static class Key implements Serializable {
    private Long orderId;
    private Integer line;
  }
}
