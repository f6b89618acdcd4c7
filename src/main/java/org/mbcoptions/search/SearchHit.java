package org.mbcoptions.search;

/**
 * One thing found: what kind it is, its name, where it lives, and why it matched (a brand
 * or generic name).
 */
public record SearchHit(String kind, String name, String url, String matchedOn, int score) {
}
