package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Rack extends Parented<Item> {}
