package de.lenkwerk.statusround;

/**
 * A link just created or sent again. The address carries the token, which is stored nowhere: it is in the mail,
 * and here once, so the secretariat can pass it on itself when no mail could go out.
 */
public record IssuedLink(StatusLinkItem link, String address, boolean mailed) {
}
