package org.annals.model;

/** Kinds of actors and places Annals tracks. */
public enum EntityType { PERSON, ORGANIZATION, GPE, LOCATION, GROUP }
