package org.diplomap;
public final class Main { public static void main(String[] args) {} }
