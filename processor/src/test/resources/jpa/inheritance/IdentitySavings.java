package com.example.inheritance;

import jakarta.persistence.Entity;

@Entity
public class IdentitySavings extends IdentityAccount {
  private String owner;
}
