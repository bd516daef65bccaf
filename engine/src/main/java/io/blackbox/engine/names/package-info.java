/** Name normalisation: Unicode folding, transliteration to Latin, legal forms, honorifics, initials and nicknames. */
package io.blackbox.engine.names;
