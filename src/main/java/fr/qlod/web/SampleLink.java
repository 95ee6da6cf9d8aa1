package fr.qlod.web;

/** A shipped sample query offered on the query page, its text ready to run on this server. */
record SampleLink(String name, String title, String text) {}
