package dev.applypilot.server; public class Application { public static void main(String[] a){} }
