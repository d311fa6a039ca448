package org.example.secondaryoverride;

import jakarta.persistence.Embeddable;

@Embeddable
public class Place {
  private String town;

  private String zip;
}
