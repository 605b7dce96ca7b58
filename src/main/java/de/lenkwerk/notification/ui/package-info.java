/** The bell, the e-mail choices on the profile page and the administrator's settings page. */
package de.lenkwerk.notification.ui;
