package org.example.embeddedrename;

import jakarta.persistence.Embeddable;

/** A point, embedded inside an address under a pattern of its own. */
@Embeddable
public class Geo {
  Double lat;
  Double lng;
}
