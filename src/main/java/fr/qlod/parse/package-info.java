/** Parsing: readers for every source format of a question, format detection, encoding repair and French date parsing. */
package fr.qlod.parse;
