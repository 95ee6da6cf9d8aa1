/** A polite, resumable harvester of question pages and open-data dumps from the Assemblée's sites. */
package fr.qlod.harvest;
