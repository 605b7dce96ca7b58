/** The "Kalender-Abo" card on the profile page. */
package de.lenkwerk.calendar.ui;
