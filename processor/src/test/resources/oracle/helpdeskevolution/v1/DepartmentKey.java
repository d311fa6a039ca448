package org.example.helpdeskevolution;

import java.io.Serializable;
import java.util.Objects;

public class DepartmentKey implements Serializable {
  String company;

  String code;

  @Override
  public boolean equals(Object other) {
    return other instanceof DepartmentKey key
        && Objects.equals(company, key.company)
        && Objects.equals(code, key.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(company, code);
  }
}
