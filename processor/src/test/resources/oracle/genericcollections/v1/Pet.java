package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Pet extends Owned<Item> {}
