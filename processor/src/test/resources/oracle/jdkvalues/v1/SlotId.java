package org.example.jdkvalues;

import java.io.Serializable;
import java.time.OffsetTime;

public class SlotId implements Serializable {
  private OffsetTime startsAt;
  private String room;
  private Integer weekday;
  private Long sequence;
}
