package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Box extends Keyed<Item> {}
