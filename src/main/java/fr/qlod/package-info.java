/** qlod: French parliamentary questions as linked data; this package holds the root of its error hierarchy. */
package fr.qlod;
