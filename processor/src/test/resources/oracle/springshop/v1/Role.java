package org.example.springshop;

public enum Role {
  CUSTOMER,
  ADMIN,
  SUPPORT_AGENT
}
