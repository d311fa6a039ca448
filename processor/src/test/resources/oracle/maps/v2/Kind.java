package org.example.maps;

public enum Kind {
  RETAIL,
  WHOLESALE,
  CONSIGNMENT
}
