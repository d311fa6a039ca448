package org.example.idclasschecks;

import java.io.Serializable;
import java.util.Objects;

/** The key of a seat, as an @IdClass. */
public class SeatId implements Serializable {
  private Integer rowNo;
  private Integer seatNo;

  @Override
  public boolean equals(Object other) {
    return other instanceof SeatId that
        && Objects.equals(rowNo, that.rowNo)
        && Objects.equals(seatNo, that.seatNo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowNo, seatNo);
  }
}
