package org.annals.model;

/** TIMEX3 expression types. */
public enum TimeType { DATE, TIME, DURATION, SET }
