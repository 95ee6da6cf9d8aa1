package fr.qlod.web;

/** A link to the same document in another format. */
record FormatLink(String label, String mediaType, String href) {}
