package org.example.keyreorder;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

@Embeddable
public class SeatId implements Serializable {
  Integer code;

  Long area;
}
