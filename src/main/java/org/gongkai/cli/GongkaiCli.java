package org.gongkai.cli;
public class GongkaiCli { public static void main(String[] a){} }
