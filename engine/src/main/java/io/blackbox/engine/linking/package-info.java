/**
 * Entity resolution: links suspect-inquiry reports (and list entities) that come from the same actor
 * into one actor record, with a Fellegi–Sunter model, blocking, a hub guard, explanations, manual
 * decisions and stable actor ids.
 */
package io.blackbox.engine.linking;
